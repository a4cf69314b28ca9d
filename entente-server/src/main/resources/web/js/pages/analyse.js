import { count } from '../format.js';
import { h, mount, section, errorBox, actorLink } from '../dom.js';
import { send } from '../api.js';
import { highlighted, legend } from '../highlight.js';
import { parties } from '../records.js';

function spans(list) { return (list || []).map(([start, end]) => ({ start, end })); }

function marks(x) {
  const out = [];
  x.meetings.forEach((m, i) => out.push({ key: 'm' + i, kind: 'meeting', label: m.kind + (m.place ? ' in ' + m.place : ''), item: m, spans: spans(m.spans) }));
  x.agreements.forEach((a, i) => out.push({ key: 'a' + i, kind: 'agreement', label: a.name || a.kind, item: a, spans: spans(a.spans) }));
  x.commitments.forEach((c, i) => out.push({ key: 'c' + i, kind: 'commitment', label: c.action, item: c, spans: spans(c.spans) }));
  x.persons.forEach((p, i) => out.push({ key: 'p' + i, kind: 'person', label: p.name, item: p, spans: spans(p.spans) }));
  x.actors.forEach((a, i) => out.push({ key: 'x' + i, kind: 'actor', label: a.code, item: a, spans: spans([a.span]) }));
  return out;
}

function details(text, m) {
  const it = m.item;
  const rows = Object.entries(it).filter(([k, v]) => k !== 'spans' && k !== 'span' && v !== null && (k === 'parties' || typeof v !== 'object'));
  return [h('h3', null, m.kind + ': ' + m.label),
    h('dl', null, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, k === 'parties' ? parties(v) : String(v))])),
    h('h4', null, 'Evidence'),
    h('ul', { class: 'evidence' }, m.spans.map(s => h('li', null, h('q', null, text.slice(s.start, s.end)))))];
}

/** Skipped input, named as the command line names it ("skipped WHERE: REASON"). */
function skippedList(skipped) {
  if (!skipped || !skipped.length) return null;
  return h('div', { class: 'skipped', id: 'analyse-skipped' },
    h('p', null, skipped.length + ' skipped:'),
    h('ul', null, skipped.map(s => h('li', null, 'skipped ' + s.where + ': ' + s.reason))));
}

export async function analyse() {
  const title = h('input', { name: 'title', placeholder: 'Title (optional)', size: 60, id: 'analyse-title' });
  const published = h('input', { name: 'published', type: 'date', id: 'analyse-date' });
  const text = h('textarea', { name: 'text', rows: 10, cols: 80, placeholder: 'Paste a news story or communiqué…', id: 'analyse-text' });
  const file = h('input', { type: 'file', accept: '.txt,.md,.json,.jsonl,.html,text/plain', id: 'analyse-file' });
  const out = h('div', { id: 'analysis' });
  let uploaded = null;
  file.addEventListener('change', async () => {
    const f = file.files[0];
    if (f) { text.value = await f.text(); uploaded = f.name; }
  });
  text.addEventListener('input', () => { uploaded = null; });
  const form = h('form', { class: 'analyse-form', id: 'analyse-form' },
    h('p', null, title, ' ', published), h('p', null, text), h('p', null, 'or upload a text file: ', file),
    h('button', { type: 'submit' }, 'Analyse'), h('span', { class: 'muted' }, ' Nothing is stored.'));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    mount(out, h('p', { class: 'muted' }, 'Analysing…'));
    try {
      const r = await send('POST', '/api/analyse', { title: title.value || null, text: text.value, published: published.value || null, name: uploaded }, false);
      const x = r.extraction;
      const panel = h('aside', { class: 'panel side', id: 'selection' }, h('p', { class: 'muted' }, 'Select a highlighted passage.'));
      const full = r.document.fullText;
      const pre = highlighted(full, marks(x), m => mount(panel, details(full, m)));
      mount(out, section('Result', h('p', { class: 'analysis-counts' }, [count(x.meetings.length, 'meeting'), count(x.agreements.length, 'agreement'), count(x.commitments.length, 'commitment'), count(x.persons.length, 'official')].join(', ') + '; topics: ' + (x.topics.join(', ') || '—')),
        h('p', null, 'Actors: ', [...new Set(x.actors.map(a => a.code))].map((c, i) => [i ? ', ' : '', actorLink(c)])),
        skippedList(r.skipped),
        legend(), h('div', { class: 'docview' }, h('div', { class: 'panel text' }, pre), panel)));
    } catch (err) {
      mount(out, errorBox(err));
    }
  });
  return h('div', { class: 'page analyse', dataset: { title: 'analyse' } }, h('h1', null, 'Analyse a text'), form, out);
}
