import { h, section, empty, actorLink, pager } from '../dom.js';
import { get, seg } from '../api.js';
import { recordList } from '../records.js';
import { count } from '../format.js';

export async function actors(query) {
  const params = { q: query.get('q'), kind: query.get('kind'), limit: 100, offset: query.get('offset') || 0 };
  const page = await get('/api/actors', params);
  const input = h('input', { name: 'q', value: query.get('q') || '', placeholder: 'code or name' });
  const form = h('form', { class: 'inline' }, input, h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', e => { e.preventDefault(); location.hash = '#/actors?q=' + encodeURIComponent(input.value); });
  return h('div', { class: 'page', dataset: { title: 'actors' } }, h('h1', null, 'Actors'), form,
    page.items.length ? h('table', { class: 'grid' },
      h('thead', null, h('tr', null, ['Code', 'Name', 'Kind', 'Documents', 'Records'].map(x => h('th', null, x)))),
      h('tbody', null, page.items.map(a => h('tr', null, h('td', null, actorLink(a.code, a.name)),
        h('td', null, a.name), h('td', null, (a.kind || '').toLowerCase()), h('td', { class: 'num' }, String(a.documents)),
        h('td', { class: 'num' }, String(a.records)))))) : empty('No actors.'),
    pager(page, '#/actors', { q: query.get('q') || '' }));
}

export async function actor(query, code) {
  const a = await get('/api/actors/' + seg(code));
  return h('div', { class: 'page actor-page', dataset: { title: a.actor.name } },
    h('h1', null, a.actor.name, ' ', h('span', { class: 'code' }, a.actor.code)),
    h('p', { class: 'muted' }, (a.actor.kind || '').toLowerCase(), ' · ',
      h('a', { href: '#/documents?actor=' + encodeURIComponent(code) }, 'documents naming it')),
    section('Partners', a.partners.length ? h('ul', { class: 'partners' }, a.partners.map(p => h('li', null,
      actorLink(p.code, p.name), ' ', p.name, ' — ', count(p.records, 'shared record'), ' · ',
      h('a', { href: '#/dossier/' + seg(code) + '/' + seg(p.code) }, 'dossier')))) : empty('No partners yet.')),
    section('Officials', a.persons.length ? h('ul', { class: 'people' }, a.persons.map(p => h('li', null,
      h('a', { href: '#/person/' + p.id }, p.name), ' — ', [...new Set(p.roles.map(r => r.role))].join('; ')))) : empty('No officials recorded.')),
    section('Mechanisms', a.mechanisms.length ? h('ul', null, a.mechanisms.map(m => h('li', null, m.name,
      ' — next expected ', m.cadence.nextExpected || 'unknown'))) : empty('None.')),
    section('Latest records (' + a.timeline.total + ')', recordList(a.timeline.items, 'No records.')));
}
