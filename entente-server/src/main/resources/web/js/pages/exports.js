// Exports: the ledger as files, as of the day chosen above.
import { h, section } from '../dom.js';
import { exportUrl, getAsOf } from '../api.js';

const FORMATS = [
  ['json', 'JSON', 'every record with its sources and evidence'],
  ['csv', 'CSV', 'one row per record, for a spreadsheet'],
  ['ics', 'iCalendar', 'commitment deadlines and expected sessions, for a calendar'],
  ['events', 'Event table', 'GDELT-style tab-separated events with CAMEO and PLOVER codes'],
];

export async function exportsPage() {
  return h('div', { class: 'page exports', dataset: { title: 'exports' } },
    h('h1', null, 'Exports'),
    h('p', { class: 'muted' }, 'The ledger as of ', getAsOf() || 'today', '.'),
    section('Download', h('table', { class: 'grid exports' },
      h('tbody', null, FORMATS.map(([f, name, what]) => h('tr', null,
        h('td', null, h('a', { href: exportUrl(f), download: '', class: 'export-' + f }, name)),
        h('td', { class: 'muted' }, what)))))));
}
