import { h, section, empty, actorLink } from '../dom.js';
import { get, seg } from '../api.js';
import { recordCard, recordList } from '../records.js';
import { topicsByYear } from '../chart.js';

function picker(a, b) {
  const ia = h('input', { name: 'a', value: a || '', placeholder: 'e.g. EU', required: true, size: 8, 'aria-label': 'first actor' });
  const ib = h('input', { name: 'b', value: b || '', placeholder: 'e.g. MAR', required: true, size: 8, 'aria-label': 'second actor' });
  const form = h('form', { class: 'inline', id: 'dossier-form' }, ia, ' and ', ib, h('button', { type: 'submit' }, 'Open dossier'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    location.hash = '#/dossier/' + seg(ia.value.trim().toUpperCase()) + '/' + seg(ib.value.trim().toUpperCase());
  });
  return form;
}

function board(commitments) {
  const col = (title, cls, list) => h('div', { class: 'column ' + cls, dataset: { column: cls } },
    h('h3', null, title, ' ', h('span', { class: 'count' }, String(list.length))),
    list.length ? list.map(recordCard) : h('p', { class: 'muted' }, 'None.'));
  const c = commitments || {};
  const pending = c.PENDING || [];
  const fulfilled = c.FULFILLED || [];
  const overdue = c.OVERDUE || [];
  const other = [...(c.LAPSED || []), ...(c.SUPERSEDED || [])];
  return h('div', { class: 'board' },
    col('Pending', 'pending', pending), col('Fulfilled', 'fulfilled', fulfilled), col('Overdue', 'overdue', overdue),
    other.length ? col('Lapsed or superseded', 'other', other) : null);
}

function timeline(d) {
  const all = [...d.meetings, ...d.agreements, ...Object.values(d.commitments).flat()];
  all.sort((x, y) => String(x.onDate || '9999').localeCompare(String(y.onDate || '9999')) || x.id - y.id);
  if (!all.length) return empty('No shared records.');
  return h('ol', { class: 'timeline' }, all.map(r => h('li', { class: 'tl-' + r.type },
    h('span', { class: 'tl-date' }, r.onDate || r.date || 'undated'), ' ',
    h('span', { class: 'type' }, r.type), ' ',
    h('a', { href: '#/record/' + r.id }, r.title || '(untitled)'))));
}

function mechanisms(list) {
  if (!list.length) return empty('No recurring bodies found.');
  return h('table', { class: 'grid' },
    h('thead', null, h('tr', null, ['Mechanism', 'Sessions', 'Last', 'Median gap', 'Next expected'].map(x => h('th', null, x)))),
    h('tbody', null, list.map(m => h('tr', { class: m.cadence.longGap ? 'long-gap' : '' },
      h('td', null, m.name), h('td', null, String(m.sessions.length)), h('td', null, m.cadence.last || '—'),
      h('td', null, m.cadence.medianGapDays == null ? '—' : m.cadence.medianGapDays + ' days'),
      h('td', { class: 'next' }, m.cadence.nextExpected || '—', m.cadence.longGap ? ' (long gap)' : '')))));
}

function people(list) {
  if (!list.length) return empty('No officials recorded.');
  return h('ul', { class: 'people' }, list.map(p => h('li', null,
    h('a', { href: '#/person/' + p.id }, p.name), ' ', p.affiliation ? actorLink(p.affiliation) : null, ' — ',
    p.roles.map(roleText).join('; '))));
}

/** "Foreign Minister (2025-04-16 – 2025-09-01, 12 reports)". */
function roleText(r) {
  const when = r.on ? (r.until && r.until !== r.on ? r.on + ' – ' + r.until : r.on) : null;
  const parts = [when, r.reports > 1 ? r.reports + ' reports' : null].filter(x => x);
  return r.role + (parts.length ? ' (' + parts.join(', ') + ')' : '');
}

export async function dossier(query, a, b) {
  if (!a || !b) {
    return h('div', { class: 'page', dataset: { title: 'dossier' } }, h('h1', null, 'Relationship dossier'),
      h('p', null, 'Choose two actors by code (states by ISO code, organisations by acronym).'), picker(a, b));
  }
  const d = await get('/api/dossier/' + seg(a) + '/' + seg(b));
  return h('div', { class: 'page dossier', dataset: { title: 'dossier ' + a + ' ' + b } },
    h('h1', null, d.a.name + ' – ' + d.b.name),
    h('p', { class: 'muted' }, actorLink(d.a.code, d.a.name), ' and ', actorLink(d.b.code, d.b.name), ', as of ' + d.asOf), picker(a, b),
    section('Commitments', board(d.commitments)),
    section('Timeline', timeline(d)),
    section('Frameworks and agreements', recordList(d.agreements, 'No agreements.')),
    section('Mechanisms', mechanisms(d.mechanisms)),
    section('Meetings', recordList(d.meetings, 'No meetings.')),
    section('People', people(d.people)),
    section('Topics over time', topicsByYear(d.topicsByYear)));
}
