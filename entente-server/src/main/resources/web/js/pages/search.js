import { h, empty, pager } from '../dom.js';
import { get } from '../api.js';

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
    const page = await get('/api/search', { q, limit: 20, offset: query.get('offset') || 0 });
    results = [h('p', { class: 'muted' }, page.total + ' documents'),
      page.items.length ? h('ol', { class: 'hits' }, page.items.map(hit => h('li', null,
        h('a', { href: '#/document/' + encodeURIComponent(hit.docId) }, hit.title || hit.docId), ' ',
        h('span', { class: 'muted' }, hit.published || ''), snippet(hit.snippet || '')))) : empty('No matches.'),
      pager(page, '#/search', { q })];
  }
  return h('div', { class: 'page', dataset: { title: 'search' } }, h('h1', null, 'Search'), form, results);
}
