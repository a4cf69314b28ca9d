// The global commitments board: every commitment, filtered by status, party and due range.
import { h, empty, pager } from '../dom.js';
import { get } from '../api.js';
import { recordCard } from '../records.js';

const STATUSES = ['pending', 'overdue', 'fulfilled', 'lapsed', 'superseded'];
const COLUMNS = [['pending', 'Pending'], ['overdue', 'Overdue'], ['fulfilled', 'Fulfilled'], ['other', 'Lapsed or superseded']];

function filters(query) {
  const f = {};
  for (const k of ['status', 'party', 'due_after', 'due_before']) if (query.get(k)) f[k] = query.get(k);
  return f;
}

function form(current) {
  const status = h('select', { name: 'status', id: 'board-status' }, h('option', { value: '' }, 'any status'),
    STATUSES.map(s => h('option', { value: s }, s)));
  status.value = current.status || '';
  const party = h('input', { name: 'party', id: 'board-party', value: current.party || '', placeholder: 'party, e.g. MAR', size: 10 });
  const after = h('input', { name: 'due_after', type: 'date', value: current.due_after || '', 'aria-label': 'due after' });
  const before = h('input', { name: 'due_before', type: 'date', value: current.due_before || '', 'aria-label': 'due before' });
  const f = h('form', { class: 'inline', id: 'board-form' }, 'Status ', status, ' party ', party, ' due after ', after, ' before ', before,
    h('button', { type: 'submit' }, 'Filter'), h('a', { href: '#/commitments' }, 'clear'));
  f.addEventListener('submit', e => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (status.value) q.set('status', status.value);
    if (party.value.trim()) q.set('party', party.value.trim().toUpperCase());
    if (after.value) q.set('due_after', after.value);
    if (before.value) q.set('due_before', before.value);
    location.hash = '#/commitments' + (q.toString() ? '?' + q : '');
  });
  return f;
}

export async function commitments(query) {
  const current = filters(query);
  const page = await get('/api/commitments', Object.assign({ limit: 200, offset: query.get('offset') || 0 }, current));
  const by = { pending: [], overdue: [], fulfilled: [], other: [] };
  for (const r of page.items) {
    const s = (r.commitmentStatus || 'PENDING').toLowerCase();
    (by[s] || by.other).push(r);
  }
  const shown = COLUMNS.filter(([k]) => by[k].length || (!current.status && k !== 'other'));
  return h('div', { class: 'page commitments', dataset: { title: 'commitments' } },
    h('h1', null, 'Commitments'),
    h('p', { class: 'muted' }, page.total + (page.total === 1 ? ' commitment' : ' commitments'), ' with their status as of the day chosen above.'),
    form(current),
    page.items.length ? h('div', { class: 'board board-' + shown.length }, shown.map(([k, title]) =>
      h('div', { class: 'column ' + k, dataset: { column: k } },
        h('h3', null, title, ' ', h('span', { class: 'count' }, String(by[k].length))),
        by[k].length ? by[k].map(recordCard) : h('p', { class: 'muted' }, 'None.')))) : empty('No commitments match.'),
    pager(page, '#/commitments', current));
}
