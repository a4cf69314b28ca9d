import { h, section } from '../dom.js';
import { get } from '../api.js';
import { recordList } from '../records.js';
import { activityBars } from '../chart.js';
import { count } from '../format.js';
import { watchPanel } from './watch.js';

export async function home() {
  const [o, watch] = await Promise.all([get('/api/overview'), watchPanel()]);
  const t = o.totals;
  const view = h('div', { class: 'page home', dataset: { title: 'home' } },
    h('h1', null, 'The ledger as of ', o.asOf),
    h('p', { class: 'totals' },
      h('a', { href: '#/documents' }, count(t.documents, 'document')), ' in ', count(t.stories, 'story', 'stories') + ' · ',
      h('a', { href: '#/actors' }, count(t.actors, 'actor')), ' · ',
      h('a', { href: '#/persons' }, count(t.persons, 'official')), ' · ', count(t.records, 'record')),
    watch,
    section('Activity by month', activityBars(o.activity)),
    h('div', { class: 'grid2' },
      section('Latest meetings', recordList(o.meetings, 'No meetings yet.')),
      section('Latest agreements', recordList(o.agreements, 'No agreements yet.'))),
    h('div', { class: 'grid2' },
      section('Commitments due soon', recordList(o.dueSoon, 'Nothing due in the next 90 days.')),
      section('Overdue commitments', recordList(o.overdue, 'Nothing overdue.'))));
  return view;
}
