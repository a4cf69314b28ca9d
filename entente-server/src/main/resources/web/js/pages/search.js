import { h, empty, pager, section, actorLink } from '../dom.js';
import { get } from '../api.js';
import { recordList } from '../records.js';
import { fmtDate } from '../format.js';

// Snippets mark hits with [ and ]; shown as <mark> built from text nodes.
function snippet(text) {
  const out = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0, m;
  while ((m = re.exec(text)) !== null) {
    out.push(text.slice(last, m.index), h('mark', { class: 'hit' }, m[1]));
    last = re.lastIndex;
  }
  out.push(text.slice(last));
  return h('p', { class: 'snippet' }, out);
}

export async function search(query) {
  const q = query.get('q') || '';
  const input = h('input', { name: 'q', value: q, placeholder: 'words…', size: 40, id: 'search-q' });
  const form = h('form', { class: 'inline', id: 'search-form' }, input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', e => { e.preventDefault(); location.hash = '#/search?q=' + encodeURIComponent(input.value); });
  let results = null;
  if (q) {
    const [page, records, persons, actors] = await Promise.all([
      get('/api/search', { q, limit: 20, offset: query.get('offset') || 0 }),
      get('/api/records', { q, limit: 10 }),
      get('/api/persons', { q, limit: 10 }),
      get('/api/actors', { q, limit: 10 }),
    ]);
    const count = (n, one, many) => n + ' ' + (n === 1 ? one : many);
    results = [
      h('p', { class: 'muted summary' }, [count(page.total, 'document', 'documents'), count(records.total, 'record', 'records'),
        count(persons.total, 'person', 'people'), count(actors.total, 'actor', 'actors')].join(' · ')),
      actors.items.length ? section('Actors', h('ul', { class: 'found-actors' }, actors.items.map(a => h('li', null,
        actorLink(a.code, a.name), ' ', h('a', { href: '#/actor/' + encodeURIComponent(a.code) }, a.name),
        h('span', { class: 'muted' }, ' · ' + count(a.records, 'record', 'records')))))) : null,
      persons.items.length ? section('People', h('ul', { class: 'found-people' }, persons.items.map(p => h('li', null,
        h('a', { href: '#/person/' + p.id }, p.name), ' ', p.affiliation ? actorLink(p.affiliation) : null)))) : null,
      records.items.length ? section('Records', recordList(records.items)) : null,
      section('Documents', page.items.length ? h('ol', { class: 'hits' }, page.items.map(hit => h('li', null,
        h('a', { href: '#/document/' + encodeURIComponent(hit.docId) }, hit.name || hit.title || hit.docId), ' ',
        h('span', { class: 'muted date' }, hit.published ? fmtDate(hit.published) : 'undated'), snippet(hit.snippet || '')))) : empty('No documents match.'),
      pager(page, '#/search', { q }))];
  }
  return h('div', { class: 'page search', dataset: { title: 'search' } }, h('h1', null, 'Search'),
    h('p', { class: 'muted' }, 'Documents, records, people and actors.'), form, results);
}
