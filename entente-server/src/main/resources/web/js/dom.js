// Building the page safely: every text goes through textContent, never through markup.
// Attributes are set one by one; links may only point inside the application.

const SVG_NS = 'http://www.w3.org/2000/svg';

function safeHref(v) {
  const s = String(v);
  if (s.startsWith('#') || (s.startsWith('/') && !s.startsWith('//'))) return s;
  throw new Error('refusing link outside the application: ' + s);
}

function apply(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'href') {
      el.setAttribute('href', safeHref(v));
    } else if (k === 'class') {
      el.setAttribute('class', String(v));
    } else if (k === 'dataset') {
      for (const [dk, dv] of Object.entries(v)) el.dataset[dk] = String(dv);
    } else if (k === 'value') {
      el.value = String(v);
    } else if (k === 'checked' || k === 'disabled' || k === 'required') {
      el[k] = Boolean(v);
    } else {
      el.setAttribute(k, String(v));
    }
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** An HTML element: h('a', {href: '#/x'}, 'text', child…). Strings become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element; children as for h(). */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'href') el.setAttribute('href', safeHref(v));
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** Replaces the children of el. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function link(hash, text) {
  return h('a', { href: hash }, text);
}

export function actorLink(code, name) {
  return h('a', { href: '#/actor/' + encodeURIComponent(code), class: 'actor', title: name || code }, code);
}

export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', null, title), ...children);
}

export function empty(text) {
  return h('p', { class: 'muted' }, text);
}

export function errorBox(err) {
  return h('div', { class: 'error', role: 'alert' }, err && err.message ? err.message : String(err));
}

/** Previous/next links for a page {total, limit, offset} under a hash path with a query. */
export function pager(page, hashPath, query) {
  const q = new URLSearchParams(query);
  const at = (off) => { q.set('offset', String(off)); return hashPath + '?' + q.toString(); };
  const from = page.total ? page.offset + 1 : 0;
  const to = Math.min(page.total, page.offset + page.items.length);
  return h('nav', { class: 'pager' },
    page.offset > 0 ? h('a', { href: at(Math.max(0, page.offset - page.limit)) }, '← previous') : null,
    h('span', { class: 'muted' }, ` ${from}–${to} of ${page.total} `),
    to < page.total ? h('a', { href: at(page.offset + page.limit), class: 'next' }, 'next →') : null);
}
