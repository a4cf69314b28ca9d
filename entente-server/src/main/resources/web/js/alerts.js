// How a watchlist's alerts look: grouped by relationship, most urgent first, each linking to its
// record and the documents behind it. Every text is set as text (see dom.js).
import { h, empty } from './dom.js';
import { fmtDate } from './format.js';

const SHOWN_EVIDENCE = 3;

function evidence(a) {
  const quotes = [];
  for (const e of a.evidence || []) {
    for (const t of e.texts || []) {
      if (quotes.length < SHOWN_EVIDENCE) {
        quotes.push(h('blockquote', { class: 'alert-evidence' }, h('q', null, t), ' — ',
          h('a', { href: '#/document/' + encodeURIComponent(e.docId) + '?record=' + e.recordId, class: 'alert-doc' }, e.name || e.docId),
          e.published ? ', ' + fmtDate(e.published) : ''));
      }
    }
  }
  return quotes;
}

function alertItem(a) {
  const title = a.recordId != null
    ? h('a', { href: '#/record/' + a.recordId, class: 'alert-title' }, a.title || '(untitled)')
    : h('span', { class: 'alert-title' }, a.title || '(untitled)');
  return h('li', { class: 'alert kind-' + a.kind, dataset: { kind: a.kind, record: a.recordId ?? '' } },
    h('span', { class: 'alert-kind' }, a.label), ' ', title, ' — ', h('span', { class: 'alert-summary' }, a.summary),
    a.relatedRecordId != null ? [' ', h('a', { href: '#/record/' + a.relatedRecordId, class: 'alert-related' }, 'fulfilled by record ' + a.relatedRecordId)] : null,
    evidence(a));
}

/** The alerts of a digest {since, asOf, total, groups}, grouped by relationship. */
export function alertGroups(d) {
  if (!d.groups.length) return empty('Nothing to report from ' + fmtDate(d.since) + ' to ' + fmtDate(d.asOf) + '.');
  return h('div', { class: 'alerts' }, d.groups.map(g => h('section', { class: 'alert-group' },
    h('h3', null, g.relationship, ' ', h('span', { class: 'count muted' }, '(' + g.alerts.length + ')')),
    h('ul', { class: 'alert-list' }, g.alerts.map(alertItem)))));
}

/** "12 alerts, 2 Mar 2026 to 1 Apr 2026". */
export function periodLine(d) {
  const from = new Date(d.since + 'T00:00:00Z');
  from.setUTCDate(from.getUTCDate() + 1);
  return d.total + (d.total === 1 ? ' alert' : ' alerts') + ', ' + fmtDate(from.toISOString().slice(0, 10)) + ' to ' + fmtDate(d.asOf);
}
