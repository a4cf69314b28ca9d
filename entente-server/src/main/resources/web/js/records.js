// How ledger records look wherever they appear.
import { h, actorLink } from './dom.js';
import { fmtDate, recordTitle, languageName } from './format.js';

const KIND_LABEL = { EXACT: 'exact date', LATEST: 'at the latest', VAGUE: 'vague' };

export function parties(list) {
  const out = [];
  (list || []).forEach((p, i) => { if (i) out.push(' · '); out.push(actorLink(p)); });
  return h('span', { class: 'parties' }, out);
}

export function deadline(r) {
  if (!r.due && !r.dueText && !r.dueKind) return h('span', { class: 'deadline none' }, 'no deadline');
  const kind = (r.dueKind || 'VAGUE').toUpperCase();
  return h('span', { class: 'deadline kind-' + kind.toLowerCase(), title: KIND_LABEL[kind] || kind },
    h('span', { class: 'deadline-kind' }, KIND_LABEL[kind] || kind),
    ' ', r.due ? h('time', { datetime: r.due, class: 'date' }, fmtDate(r.due)) : '', r.dueText ? [' ', h('q', null, r.dueText)] : null);
}

function sourcesLine(r) {
  const src = r.sources || [];
  if (!src.length) return null;
  return h('div', { class: 'sources' }, 'evidence: ',
    src.slice(0, 4).map((s, i) => [i ? ', ' : '', h('a', { href: '#/document/' + encodeURIComponent(s.docId) + '?record=' + r.id }, s.name || s.title || s.docId),
      s.language && s.language !== 'en' ? [' ', h('span', { class: 'lang', title: languageName(s.language) }, '(' + s.language + ')')] : null]),
    src.length > 4 ? ' +' + (src.length - 4) + ' more' : '');
}

/** A card for a record: type, title, parties, date or deadline, status, sources. */
export function recordCard(r) {
  const status = r.commitmentStatus ? h('span', { class: 'status status-' + r.commitmentStatus.toLowerCase() }, r.commitmentStatus.toLowerCase()) : null;
  const review = r.review ? h('span', { class: 'review review-' + r.review }, r.review) : null;
  return h('article', { class: 'card type-' + r.type, dataset: { record: r.id } },
    h('div', { class: 'card-head' },
      h('span', { class: 'type' }, r.type),
      h('a', { href: '#/record/' + r.id, class: 'title' }, recordTitle(r)),
      status, review),
    h('div', { class: 'card-meta' }, parties(r.parties),
      r.date || r.onDate ? h('time', { class: 'date', datetime: r.onDate || '' }, fmtDate(r.date || r.onDate)) : null,
      r.place && r.type !== 'meeting' ? h('span', { class: 'place' }, r.place) : null,
      r.type === 'agreement' && r.status ? h('span', { class: 'astatus' }, r.status.toLowerCase()) : null,
      r.type === 'commitment' ? deadline(r) : null),
    sourcesLine(r));
}

export function recordList(list, emptyText) {
  if (!list || !list.length) return h('p', { class: 'muted' }, emptyText || 'None.');
  return h('div', { class: 'cards' }, list.map(recordCard));
}
