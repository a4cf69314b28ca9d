import { h, section, empty, mount, errorBox, pager } from '../dom.js';
import { get, send, token, setToken, curator, setCurator } from '../api.js';
import { recordCard } from '../records.js';
import { evidenceList } from './documents.js';

function credentials(onChange) {
  const t = h('input', { type: 'password', name: 'token', value: token(), placeholder: 'API token', autocomplete: 'off', id: 'token' });
  const c = h('input', { name: 'curator', value: curator(), placeholder: 'your name', id: 'curator' });
  const state = h('span', { class: 'muted', id: 'token-state' }, token() ? 'token set for this tab' : 'no token: read only');
  const form = h('form', { class: 'inline', id: 'token-form' }, 'Curator ', c, ' token ', t, h('button', { type: 'submit' }, 'Keep for this tab'), ' ', state);
  form.addEventListener('submit', e => {
    e.preventDefault();
    setToken(t.value.trim()); setCurator(c.value.trim());
    state.textContent = token() ? 'token set for this tab' : 'no token: read only';
    if (onChange) onChange();
  });
  return form;
}

function auditTable(entries) {
  if (!entries.length) return empty('No changes yet.');
  return h('table', { class: 'grid audit' },
    h('thead', null, h('tr', null, ['When', 'Who', 'Action', 'Record', 'Change'].map(x => h('th', null, x)))),
    h('tbody', null, entries.map(a => h('tr', null, h('td', null, a.at), h('td', null, a.author), h('td', null, a.action),
      h('td', null, a.recordId == null ? '—' : h('a', { href: '#/record/' + a.recordId }, String(a.recordId))),
      h('td', null, h('code', { class: 'diff' }, diff(a.before, a.after)))))));
}

function diff(before, after) {
  try {
    const b = before ? JSON.parse(before) : {};
    const a = after ? JSON.parse(after) : {};
    const keys = Object.keys(a).filter(k => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    return keys.map(k => k + ': ' + (b[k] ?? '∅') + ' → ' + (a[k] ?? '∅')).join('; ') || '(no field changed)';
  } catch (e) { return ''; }
}

function addForm(msg) {
  const f = (name, attrs) => h('label', null, name + ' ', h('input', Object.assign({ name }, attrs || {})));
  const type = h('select', { name: 'type' }, ['commitment', 'meeting', 'agreement'].map(t => h('option', { value: t }, t)));
  const kind = h('select', { name: 'due_kind' }, h('option', { value: '' }, '—'), ['EXACT', 'LATEST', 'VAGUE'].map(t => h('option', { value: t }, t.toLowerCase())));
  const form = h('form', { class: 'stack', id: 'add-form' }, h('label', null, 'type ', type), f('parties', { placeholder: 'EU, MAR', required: true }),
    f('title', { placeholder: 'kind, name or action', size: 50, required: true }), f('on', { type: 'date' }),
    f('due', { placeholder: 'YYYY[-MM[-DD]]' }), h('label', null, 'deadline kind ', kind), f('due_text', { placeholder: 'as written' }),
    h('button', { type: 'submit' }, 'Add record'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const v = n => form.elements[n].value.trim() || null;
    try {
      const r = await send('POST', '/api/records', { by: curator(), type: v('type'), parties: (v('parties') || '').split(',').map(x => x.trim()).filter(Boolean), title: v('title'), on: v('on'), due: v('due'), due_kind: v('due_kind'), due_text: v('due_text') });
      location.hash = '#/record/' + r.record.id;
    } catch (err) { mount(msg, errorBox(err)); }
  });
  return form;
}

export async function curation(query) {
  const [info, audit] = await Promise.all([get('/api/info'), get('/api/audit', { limit: 50, offset: query.get('offset') || 0 })]);
  const msg = h('div', { id: 'curation-msg' });
  return h('div', { class: 'page curation', dataset: { title: 'curation' } }, h('h1', null, 'Curation'),
    info.writable ? null : h('p', { class: 'warning' }, 'This server has no API token configured: changes are refused. Start it with ENTENTE_API_TOKEN set or --token-file.'),
    credentials(), msg,
    section('Add a record by hand', addForm(msg)),
    section('Audit trail', auditTable(audit.items), pager(audit, '#/curation', {})),
    section('Exports', h('p', null, 'Downloads are on the ', h('a', { href: '#/exports' }, 'Exports'), ' page.')));
}

function actions(rec, version, msg, reload) {
  const act = async (method, path, body) => {
    if (!curator()) { mount(msg, errorBox('Enter your name and token above first.')); return; }
    try {
      await send(method, path, Object.assign({ by: curator(), version }, body || {}));
      mount(msg, h('p', { class: 'ok' }, 'Saved.'));
      reload();
    } catch (err) { mount(msg, errorBox(err)); }
  };
  const btn = (label, cls, fn) => { const b = h('button', { type: 'button', class: cls }, label); b.addEventListener('click', fn); return b; };
  const fields = ['title', 'place', 'date', 'due', 'due_kind', 'due_text', 'parties'];
  const field = h('select', { name: 'field' }, fields.map(x => h('option', { value: x }, x)));
  const value = h('input', { name: 'value', placeholder: 'new value', size: 40 });
  const edit = h('form', { class: 'inline', id: 'edit-form' }, 'Edit ', field, ' ', value, h('button', { type: 'submit' }, 'Save'));
  edit.addEventListener('submit', e => { e.preventDefault(); act('PATCH', '/api/records/' + rec.id, { fields: { [field.value]: value.value } }); });
  const on = h('input', { type: 'date', name: 'on' });
  const fulfil = h('form', { class: 'inline', id: 'fulfil-form' }, 'Fulfilled on ', on, h('button', { type: 'submit' }, 'Mark fulfilled'));
  fulfil.addEventListener('submit', e => { e.preventDefault(); act('POST', '/api/records/' + rec.id + '/fulfil', { on: on.value || null }); });
  return h('div', { class: 'actions' },
    h('p', null, btn('Confirm', 'confirm', () => act('POST', '/api/records/' + rec.id + '/confirm')), ' ',
      btn('Reject', 'reject', () => act('POST', '/api/records/' + rec.id + '/reject'))),
    edit, rec.type === 'commitment' ? fulfil : null);
}

export async function record(query, id) {
  const r = await get('/api/records/' + id);
  const rec = r.record;
  const msg = h('div', { id: 'record-msg' });
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  return h('div', { class: 'page record', dataset: { title: 'record ' + id } },
    h('h1', null, rec.type + ' ' + id), recordCard(rec),
    h('p', { class: 'muted' }, 'origin ' + rec.origin + ' · version ' + r.version +
      (rec.curatedFields.length ? ' · curated: ' + rec.curatedFields.join(', ') : '') + (rec.cameo ? ' · CAMEO ' + rec.cameo : '') + (rec.plover ? ' · PLOVER ' + rec.plover : '')),
    section('Evidence', rec.sources.length ? rec.sources.map(s => h('div', { class: 'source' },
      h('h4', null, h('a', { href: '#/document/' + encodeURIComponent(s.docId) + '?record=' + rec.id }, s.name || s.title || s.docId), ' ', h('span', { class: 'muted date' }, s.published || 'undated')),
      evidenceList(s.evidence))) : empty('Added by hand: no documents.')),
    rec.history.length ? section('Status history', h('ul', null, rec.history.map(e => h('li', null,
      (e.on || 'undated') + ' — ' + e.status.toLowerCase() + ': ' + e.reason + ' (' + e.author + ')')))) : null,
    section('Curate', credentials(), msg, actions(rec, r.version, msg, reload)),
    section('Audit trail', auditTable(r.audit)));
}
