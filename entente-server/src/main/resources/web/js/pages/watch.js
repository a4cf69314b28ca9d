// Watchlists: the list (add and remove with the API token), one watchlist's alerts, and the panel
// on the home page that shows the alerts of the chosen watchlist.
import { h, section, empty, mount, errorBox } from '../dom.js';
import { get, send, token, seg } from '../api.js';
import { alertGroups, periodLine } from '../alerts.js';

const CHOSEN_KEY = 'entente.watch';

function list(v) { return (v || '').split(',').map(x => x.trim()).filter(Boolean); }

function follows(w) {
  return [...w.pairs.map(p => p.replace('/', '–')), ...w.actors.map(a => a + ' (all partners)')].join(', ');
}

function addForm(msg) {
  const f = (name, attrs) => h('label', null, name + ' ', h('input', Object.assign({ name }, attrs || {})));
  const form = h('form', { class: 'stack', id: 'watch-form' },
    f('name', { placeholder: 'letters, digits, _ . -', required: true }),
    f('pairs', { placeholder: 'EU/MAR, FRA/MAR' }), f('actors', { placeholder: 'MAR' }),
    f('topics', { placeholder: 'any' }), f('due_days', { type: 'number', min: 1, max: 3650, value: 30 }),
    h('button', { type: 'submit' }, 'Add watchlist'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const v = n => form.elements[n].value.trim();
    try {
      const w = await send('POST', '/api/watchlists', { name: v('name'), pairs: list(v('pairs')), actors: list(v('actors')), topics: list(v('topics')), due_days: Number(v('due_days') || 30) });
      location.hash = '#/watch/' + seg(w.name);
    } catch (err) { mount(msg, errorBox(err)); }
  });
  return form;
}

function removeButton(w, msg) {
  const b = h('button', { type: 'button', class: 'reject remove-watch', dataset: { name: w.name } }, 'Remove');
  b.addEventListener('click', async () => {
    try {
      await send('DELETE', '/api/watchlists/' + seg(w.name), {});
      location.hash = '#/watch?removed=' + seg(w.name);
    } catch (err) { mount(msg, errorBox(err)); }
  });
  return b;
}

/** #/watch: every watchlist, and a form to add one. */
export async function watchlists(query) {
  const all = await get('/api/watchlists');
  const msg = h('div', { id: 'watch-msg' }, query.get('removed') ? h('p', { class: 'ok' }, 'Removed ' + query.get('removed') + '.') : null);
  const writable = Boolean(token());
  const table = all.items.length
    ? h('table', { class: 'grid watchlists' },
      h('thead', null, h('tr', null, ['Watchlist', 'Follows', 'Topics', 'Soon', 'Feed', ''].map(x => h('th', null, x)))),
      h('tbody', null, all.items.map(w => h('tr', { dataset: { name: w.name } },
        h('td', null, h('a', { href: '#/watch/' + seg(w.name), class: 'watch-name' }, w.name)),
        h('td', null, follows(w)),
        h('td', null, w.topics.length ? w.topics.join(', ') : 'any'),
        h('td', { class: 'num' }, w.dueDays + ' days'),
        h('td', null, h('a', { href: '/feeds/watch/' + seg(w.name) + '.atom', class: 'feed' }, 'Atom')),
        h('td', null, writable ? removeButton(w, msg) : null)))))
    : empty('No watchlists yet.');
  return h('div', { class: 'page watch-page', dataset: { title: 'watchlists' } },
    h('h1', null, 'Watchlists'), msg,
    section('Followed', table),
    section('Add a watchlist', writable ? addForm(msg)
      : h('p', { class: 'muted' }, 'Set the API token on the ', h('a', { href: '#/curation' }, 'Curation'), ' page to add or remove watchlists.')));
}

/** #/watch/NAME?since=DATE: the alerts of one watchlist for a period ending on the "as of" day. */
export async function watchPage(query, name) {
  const since = query.get('since') || '';
  const [w, d] = await Promise.all([get('/api/watchlists/' + seg(name)), get('/api/watchlists/' + seg(name) + '/alerts', { since })]);
  const input = h('input', { type: 'date', name: 'since', id: 'watch-since', value: d.since });
  const form = h('form', { class: 'inline', id: 'since-form' }, h('label', null, 'since ', input), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    location.hash = '#/watch/' + seg(name) + (input.value ? '?since=' + input.value : '');
  });
  return h('div', { class: 'page watch-alerts', dataset: { title: 'watch ' + name } },
    h('h1', null, 'Watch ', w.name),
    h('p', { class: 'muted' }, 'Follows ', follows(w), '; “soon” is ', String(w.dueDays), ' days. ',
      h('a', { href: '/feeds/watch/' + seg(w.name) + '.atom', class: 'feed' }, 'Atom feed'), ' · ',
      h('a', { href: '#/watch' }, 'all watchlists')),
    form,
    h('p', { class: 'period' }, periodLine(d)),
    alertGroups(d));
}

/** The home page's panel: a selector of watchlists and the alerts of the chosen one. */
export async function watchPanel() {
  const all = await get('/api/watchlists');
  if (!all.items.length) {
    return section('Watch', empty('No watchlists yet. '), h('a', { href: '#/watch' }, 'Add one'));
  }
  const names = all.items.map(w => w.name);
  const saved = localStorage.getItem(CHOSEN_KEY);
  const chosen = names.includes(saved) ? saved : names[0];
  const body = h('div', { id: 'watch-alerts' });
  const select = h('select', { id: 'watch-select', 'aria-label': 'watchlist' },
    names.map(n => { const o = h('option', { value: n }, n); o.selected = n === chosen; return o; }));
  const more = h('a', { href: '#/watch/' + seg(chosen), id: 'watch-more' }, 'open');
  async function show(name) {
    more.setAttribute('href', '#/watch/' + seg(name));
    try {
      const d = await get('/api/watchlists/' + seg(name) + '/alerts');
      mount(body, h('p', { class: 'period muted' }, periodLine(d)), alertGroups(d));
      body.dataset.watch = name;
    } catch (err) { mount(body, errorBox(err)); }
  }
  select.addEventListener('change', () => { localStorage.setItem(CHOSEN_KEY, select.value); show(select.value); });
  await show(chosen);
  return h('section', { class: 'panel watch-panel' },
    h('h2', null, 'Watch ', select, ' ', more), body);
}
