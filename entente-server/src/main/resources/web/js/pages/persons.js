import { h, section, empty, actorLink, pager } from '../dom.js';
import { get } from '../api.js';

export async function persons(query) {
  const page = await get('/api/persons', { q: query.get('q'), affiliation: query.get('affiliation'), limit: 100, offset: query.get('offset') || 0 });
  const input = h('input', { name: 'q', value: query.get('q') || '', placeholder: 'name' });
  const form = h('form', { class: 'inline' }, input, h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', e => { e.preventDefault(); location.hash = '#/persons?q=' + encodeURIComponent(input.value); });
  return h('div', { class: 'page', dataset: { title: 'people' } }, h('h1', null, 'Officials'), form,
    page.items.length ? h('table', { class: 'grid' },
      h('thead', null, h('tr', null, ['Name', 'Acting for', 'Roles reported'].map(x => h('th', null, x)))),
      h('tbody', null, page.items.map(p => h('tr', null, h('td', null, h('a', { href: '#/person/' + p.id }, p.name)),
        h('td', null, p.affiliation ? actorLink(p.affiliation) : '—'), h('td', { class: 'num' }, String(p.roles)))))) : empty('No officials.'),
    pager(page, '#/persons', { q: query.get('q') || '' }));
}

export async function person(query, id) {
  const d = await get('/api/persons/' + id);
  const p = d.person;
  return h('div', { class: 'page person', dataset: { title: p.name } },
    h('h1', null, p.name),
    h('p', null, p.affiliation ? ['acting for ', actorLink(p.affiliation)] : 'affiliation unknown'),
    p.names.length > 1 ? h('p', { class: 'muted' }, 'also written: ', p.names.join(', ')) : null,
    section('Roles over time', p.roles.length ? h('table', { class: 'grid' },
      h('thead', null, h('tr', null, ['Day', 'Role', 'Document'].map(x => h('th', null, x)))),
      h('tbody', null, p.roles.map(r => h('tr', null, h('td', null, r.on || '—'), h('td', null, r.role),
        h('td', null, h('a', { href: '#/document/' + encodeURIComponent(r.docId) }, r.docId)))))) : empty('No roles.')),
    section('Mentioned in', d.documents.length ? h('ul', null, d.documents.map(doc => h('li', null,
      h('a', { href: '#/document/' + encodeURIComponent(doc.id) }, doc.name || doc.title || doc.id), ' ', h('span', { class: 'muted date' }, doc.published || 'undated')))) : empty('No documents.')));
}
