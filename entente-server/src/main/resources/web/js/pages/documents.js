import { h, section, empty, mount, actorLink, pager, errorBox } from '../dom.js';
import { get, seg } from '../api.js';
import { recordCard, parties } from '../records.js';
import { highlighted, select, legend } from '../highlight.js';
import { fmtDate, recordTitle, languageName } from '../format.js';

export async function documents(query) {
  const params = {};
  for (const k of ['actor', 'topic', 'story', 'lang', 'from', 'to']) if (query.get(k)) params[k] = query.get(k);
  const page = await get('/api/documents', Object.assign({ limit: 50, offset: query.get('offset') || 0 }, params));
  const filters = Object.entries(params).map(([k, v]) => k + ' ' + v).join(', ');
  return h('div', { class: 'page', dataset: { title: 'documents' } },
    h('h1', null, 'Documents'), filters ? h('p', { class: 'muted' }, 'Filtered by ' + filters) : null,
    page.items.length ? h('table', { class: 'grid docs' },
      h('thead', null, h('tr', null, ['Published', 'Title', 'Language', 'Source', 'Story'].map(x => h('th', null, x)))),
      h('tbody', null, page.items.map(d => h('tr', null, h('td', { class: 'date' }, d.published ? fmtDate(d.published) : '—'),
        h('td', null, h('a', { href: '#/document/' + encodeURIComponent(d.id), class: d.title ? null : 'untitled' }, d.name || d.title || d.id)),
        h('td', { class: 'lang' }, d.language ? h('a', { href: '#/documents?lang=' + encodeURIComponent(d.language), title: languageName(d.language) }, d.language) : '—'),
        h('td', { class: 'muted' }, d.source || ''),
        h('td', null, h('a', { href: '#/documents?story=' + encodeURIComponent(d.storyId) }, 'story')))))) : empty('No documents.'),
    pager(page, '#/documents', params));
}

/** "ETH–KEN talks" for a meeting (its label is the kind the text used), else the name or action. */
function markLabel(r) {
  return r.kind === 'meeting' ? recordTitle({ type: 'meeting', parties: r.parties, kind: r.label }) : (r.label || '(untitled)');
}

/** Marks for the stored records and persons of a document. */
function ledgerMarks(d) {
  const marks = [];
  for (const r of d.records) marks.push({ key: 'r' + r.id, kind: r.kind, label: markLabel(r), id: r.id, spans: r.spans });
  for (const p of d.persons) marks.push({ key: 'p' + p.id, kind: 'person', label: p.label, id: p.id, spans: p.spans });
  return marks;
}

async function recordPanel(panel, mark, others) {
  const extra = others.filter(o => o.key !== mark.key);
  const switcher = extra.length ? h('p', { class: 'muted' }, 'Also here: ', extra.map(o => {
    const b = h('button', { type: 'button', class: 'linkish' }, o.kind + ': ' + o.label);
    b.addEventListener('click', () => recordPanel(panel, o, others));
    return b;
  })) : null;
  if (mark.kind === 'person') {
    mount(panel, h('h3', null, 'Person'), h('p', null, h('a', { href: '#/person/' + mark.id }, mark.label)),
      evidenceList(mark.spans), switcher);
    return;
  }
  mount(panel, h('p', { class: 'muted' }, 'Loading record…'));
  try {
    const r = await get('/api/records/' + mark.id);
    mount(panel, h('h3', null, 'Ledger entry'), recordCard(r.record),
      h('h4', null, 'Evidence in this text'), evidenceList(mark.spans),
      r.record.history && r.record.history.length ? [h('h4', null, 'Status history'), h('ul', null, r.record.history.map(e =>
        h('li', null, (e.on || 'undated') + ' ' + e.status.toLowerCase() + ': ' + e.reason)))] : null,
      h('p', null, h('a', { href: '#/record/' + mark.id }, 'Open record ' + mark.id + ' (sources, curation, audit)')), switcher);
  } catch (e) {
    mount(panel, errorBox(e));
  }
}

export function evidenceList(spans) {
  return h('ul', { class: 'evidence' }, spans.map(s => h('li', null, h('span', { class: 'muted' }, '[' + s.start + ', ' + s.end + ') '),
    h('q', null, s.text == null ? '' : s.text))));
}

/**
 * A span of the original text as a span of the repaired one: offsets after an edit shift by it; an
 * offset inside an edit moves to the edit's start (a start) or end (an end).
 */
export function toRepaired(offset, edits, isEnd) {
  let shift = 0;
  for (const e of edits) {
    if (offset >= e.originalEnd && !(offset === e.originalEnd && e.originalStart === e.originalEnd)) {
      shift = e.repairedEnd - e.originalEnd;
    } else if (offset > e.originalStart) {
      return isEnd ? e.repairedEnd : e.repairedStart;
    } else {
      break;
    }
  }
  return offset + shift;
}

function repairedMarks(marks, edits) {
  return marks.map(m => Object.assign({}, m, {
    spans: m.spans.map(sp => Object.assign({}, sp, { start: toRepaired(sp.start, edits, false), end: toRepaired(sp.end, edits, true) })),
  }));
}

export async function documentPage(query, id) {
  const [docId] = id.split('?');
  const d = await get('/api/documents/' + seg(docId));
  const panel = h('aside', { class: 'panel side', id: 'selection' }, h('p', { class: 'muted' }, 'Select a highlighted passage to see its record and evidence.'));
  const marks = ledgerMarks(d);
  const onSelect = (m, all) => recordPanel(panel, m, all);
  const holder = h('div', { class: 'panel text' });
  let pre = null;
  const show = (repaired) => {
    pre = repaired
      ? highlighted(d.repaired.text, repairedMarks(marks, d.repaired.edits), onSelect)
      : highlighted(d.fullText, marks, onSelect);
    pre.dataset.version = repaired ? 'repaired' : 'original';
    if (d.language) pre.lang = d.language;
    mount(holder, pre);
  };
  let toggle = null;
  if (d.repaired) {
    // Shown repaired by default (the text extraction read); the box shows the text as given.
    const box = h('input', { type: 'checkbox', id: 'show-original' });
    box.addEventListener('change', () => show(!box.checked));
    const n = d.repaired.edits.length;
    toggle = h('p', { class: 'repair-note' },
      'Damaged characters were repaired (' + n + (n === 1 ? ' repair' : ' repairs') + '). ',
      h('label', null, box, ' show the original text'));
  }
  show(Boolean(d.repaired));
  const view = h('div', { class: 'page document', dataset: { title: d.name || d.id } },
    h('h1', { class: 'doc-title' + (d.title ? '' : ' untitled') }, d.name || d.title || d.id),
    h('p', { class: 'muted' }, d.published ? fmtDate(d.published) : 'undated', ' · ', d.source || 'unknown source', ' · ',
      h('span', { class: 'doc-language', lang: d.language || '' }, languageName(d.language)), ' · id ', d.id),
    h('p', null, 'Actors: ', d.actors.length ? d.actors.map((a, i) => [i ? ', ' : '', actorLink(a.code, a.name), ' ×' + a.mentions]) : '—'),
    h('p', null, 'Topics: ', d.topics.length ? d.topics.join(', ') : '—'),
    legend(), toggle,
    h('div', { class: 'docview' }, holder, panel),
    section('Records from this document (' + d.records.length + ')', d.records.length ? h('ul', { class: 'marklist' }, d.records.map(r =>
      h('li', null, h('span', { class: 'type' }, r.kind), ' ', h('a', { href: '#/record/' + r.id }, markLabel(r)), ' ', parties(r.parties)))) : empty('None.')),
    d.sameStory.length ? section('Same story', h('ul', null, d.sameStory.map(o => h('li', null,
      h('a', { href: '#/document/' + encodeURIComponent(o.id) }, o.name || o.title || o.id), ' ', h('span', { class: 'muted' }, o.published ? fmtDate(o.published) : ''))))) : null);
  const want = query.get('record');
  if (want) setTimeout(() => select(pre, 'r' + want), 0);
  return view;
}
