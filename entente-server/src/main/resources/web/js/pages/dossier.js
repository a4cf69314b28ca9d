import { h, section, empty, actorLink } from '../dom.js';
import { get, seg, pageUrl } from '../api.js';
import { recordCard, recordList } from '../records.js';
import { topicsByYear } from '../chart.js';
import { fmtDate, recordTitle, count } from '../format.js';
import { pastBriefs } from './briefs.js';

/** An actor field with suggestions as one types: code or name, from the ledger's actors. */
function actorField(name, value, label) {
  const input = h('input', { name, value: value || '', placeholder: 'code or name', required: true, size: 14, autocomplete: 'off', 'aria-label': label, id: 'dossier-' + name });
  const list = h('ul', { class: 'suggest', id: 'suggest-' + name, role: 'listbox' });
  let timer = null;
  let seq = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { list.replaceChildren(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      const page = await get('/api/actors', { q, limit: 8 });
      if (mine !== seq) return;
      list.replaceChildren(...page.items.map(a => {
        const li = h('li', { role: 'option', tabindex: 0, dataset: { code: a.code } }, h('span', { class: 'code' }, a.code), ' ', a.name,
          h('span', { class: 'muted' }, ' · ' + count(a.records, 'record')));
        const pick = () => { input.value = a.code; list.replaceChildren(); };
        li.addEventListener('mousedown', e => { e.preventDefault(); pick(); });
        li.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); pick(); } });
        return li;
      }));
    }, 150);
  });
  input.addEventListener('blur', () => setTimeout(() => list.replaceChildren(), 200));
  return h('span', { class: 'actor-field' }, input, list);
}

function picker(a, b) {
  const fa = actorField('a', a, 'first actor');
  const fb = actorField('b', b, 'second actor');
  const form = h('form', { class: 'inline', id: 'dossier-form' }, fa, ' and ', fb, h('button', { type: 'submit' }, 'Open dossier'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const code = f => f.querySelector('input').value.trim().toUpperCase();
    location.hash = '#/dossier/' + seg(code(fa)) + '/' + seg(code(fb));
  });
  return form;
}

/** The pairs with the most shared records, as links to their dossiers. */
async function busiestPairs() {
  const net = await get('/api/network', { max_edges: 40 });
  const names = new Map(net.nodes.map(n => [n.code, n.name]));
  const pairs = net.edges.map(e => Object.assign({ total: e.meetings + e.agreements + e.commitments }, e))
    .sort((x, y) => y.total - x.total || x.a.localeCompare(y.a)).slice(0, 15);
  if (!pairs.length) return empty('No relationships recorded yet.');
  return h('table', { class: 'grid pairs' },
    h('thead', null, h('tr', null, ['Relationship', 'Meetings', 'Agreements', 'Commitments'].map(x => h('th', null, x)))),
    h('tbody', null, pairs.map(p => h('tr', null,
      h('td', null, h('a', { href: '#/dossier/' + seg(p.a) + '/' + seg(p.b) }, (names.get(p.a) || p.a) + ' – ' + (names.get(p.b) || p.b)),
        ' ', h('span', { class: 'code' }, p.a + '–' + p.b)),
      h('td', { class: 'num' }, String(p.meetings)), h('td', { class: 'num' }, String(p.agreements)), h('td', { class: 'num' }, String(p.commitments))))));
}

/** Records a click on "Show earlier records" loads: one page, the one before those shown. */
const EARLIER_PAGE = 100;

/**
 * The records of one dossier section the API sent (the latest), and a button that loads the
 * page before them when there are more (counts[key] tells how many in all): a busy pair's
 * thousands of meetings come a page a click, never all at once.
 */
function paged(d, key, list, render) {
  const total = d.counts && d.counts[key] != null ? d.counts[key] : list.length;
  const box = h('div', { class: 'paged', dataset: { section: key } });
  let shown = list;
  const draw = () => {
    const missing = total - shown.length;
    const step = Math.min(EARLIER_PAGE, missing);
    const more = missing > 0 ? h('button', { type: 'button', class: 'earlier' },
      'Show ' + count(step, 'earlier record') + (missing > step ? ' (' + missing + ' before these)' : '')) : null;
    if (more) {
      more.addEventListener('click', async () => {
        more.disabled = true;
        const page = await get('/api/dossier/' + seg(d.a.code) + '/' + seg(d.b.code) + '/records',
          { section: key, as_of: d.asOf, limit: step, offset: missing - step });
        shown = [...page.items, ...shown];
        draw();
      });
    }
    box.replaceChildren(...[more, render(shown)].filter(x => x));
  };
  draw();
  return box;
}

function board(d) {
  const c = d.commitments || {};
  const total = (key, list) => d.counts && d.counts[key] != null ? d.counts[key] : list.length;
  const col = (title, cls, key) => {
    const list = c[key.toUpperCase()] || [];
    return h('div', { class: 'column ' + cls, dataset: { column: cls } },
      h('h3', null, title, ' ', h('span', { class: 'count' }, String(total(key, list)))),
      total(key, list) ? paged(d, key, list, l => h('div', { class: 'cards' }, l.map(recordCard))) : h('p', { class: 'muted' }, 'None.'));
  };
  const other = total('lapsed', c.LAPSED || []) + total('superseded', c.SUPERSEDED || []);
  const both = other ? h('div', { class: 'column other', dataset: { column: 'other' } },
    h('h3', null, 'Lapsed or superseded', ' ', h('span', { class: 'count' }, String(other))),
    total('lapsed', c.LAPSED || []) ? paged(d, 'lapsed', c.LAPSED || [], l => h('div', { class: 'cards' }, l.map(recordCard))) : null,
    total('superseded', c.SUPERSEDED || []) ? paged(d, 'superseded', c.SUPERSEDED || [], l => h('div', { class: 'cards' }, l.map(recordCard))) : null) : null;
  return h('div', { class: 'board' },
    col('Pending', 'pending', 'pending'), col('Fulfilled', 'fulfilled', 'fulfilled'), col('Overdue', 'overdue', 'overdue'), both);
}

function timeline(d) {
  const all = [...d.meetings, ...d.agreements, ...Object.values(d.commitments).flat()];
  const total = d.counts ? Object.values(d.counts).reduce((x, y) => x + y, 0) : all.length;
  all.sort((x, y) => String(x.onDate || '9999').localeCompare(String(y.onDate || '9999')) || x.id - y.id);
  if (!all.length) return empty('No shared records.');
  const note = total > all.length ? h('p', { class: 'muted' }, 'The latest ' + all.length + ' of ' + count(total, 'record') + ' (each section below lists the rest).') : null;
  return h('div', null, note, h('ol', { class: 'timeline' }, all.map(r => h('li', { class: 'tl-' + r.type },
    h('time', { class: 'tl-date date', datetime: r.onDate || '' }, fmtDate(r.date || r.onDate)), ' ',
    h('span', { class: 'type' }, r.type), ' ',
    h('a', { href: '#/record/' + r.id }, recordTitle(r))))));
}

function mechanisms(list) {
  if (!list.length) return empty('No recurring bodies found.');
  return h('table', { class: 'grid' },
    h('thead', null, h('tr', null, ['Mechanism', 'Sessions', 'Last', 'Median gap', 'Next expected'].map(x => h('th', null, x)))),
    h('tbody', null, list.map(m => h('tr', { class: m.cadence.longGap ? 'long-gap' : '' },
      h('td', null, m.name), h('td', null, String(m.sessions.length)), h('td', { class: 'date' }, m.cadence.last ? fmtDate(m.cadence.last) : '—'),
      h('td', null, m.cadence.medianGapDays == null ? '—' : count(m.cadence.medianGapDays, 'day')),
      h('td', { class: 'next date' }, m.cadence.nextExpected ? fmtDate(m.cadence.nextExpected) : '—', m.cadence.longGap ? ' (long gap)' : '')))));
}

function people(list) {
  if (!list.length) return empty('No officials recorded.');
  return h('ul', { class: 'people' }, list.map(p => h('li', null,
    h('a', { href: '#/person/' + p.id }, p.name), ' ', p.affiliation ? actorLink(p.affiliation) : null,
    p.roles.length ? ' — ' + p.roles.map(roleText).join('; ') : '')));
}

/** "Foreign Minister (2025-04-16 – 2025-09-01, 12 reports)". */
function roleText(r) {
  const when = r.on ? (r.until && r.until !== r.on ? fmtDate(r.on) + ' – ' + fmtDate(r.until) : fmtDate(r.on)) : null;
  const parts = [when, r.reports > 1 ? r.reports + ' reports' : null].filter(x => x);
  return r.role + (parts.length ? ' (' + parts.join(', ') + ')' : '');
}

/** "+0.33", "−1.00", "n/a": a score as the scorecard prints it. */
function scoreText(score) {
  if (score === null || score === undefined) return 'n/a';
  const abs = Math.abs(score).toFixed(2);
  return (score > 0 ? '+' : score < 0 ? '−' : '') + abs;
}

/** The pair's compliance scorecard (G7 method) over the year to the dossier's day. */
function scorecard(card) {
  if (!card || !card.lines.length) {
    return empty('No commitment fell due between ' + fmtDate(card ? card.from : null) + ' and ' + fmtDate(card ? card.to : null) + '.');
  }
  return h('div', { class: 'scorecard' },
    h('p', { class: 'score' }, 'Score ', h('strong', { class: 'score-value' }, scoreText(card.score)),
      ' over ' + count(card.lines.length, 'commitment') + ' due ' + fmtDate(card.from) + ' – ' + fmtDate(card.to)
      + ' (fulfilled +1, partly or pending past due 0, lapsed or broken −1)'),
    h('table', { class: 'grid' },
      h('thead', null, h('tr', null, ['Points', 'Outcome', 'Commitment', 'Due'].map(x => h('th', null, x)))),
      h('tbody', null, card.lines.map(l => h('tr', { class: 'outcome-' + String(l.outcome).toLowerCase() },
        h('td', { class: 'num' }, (l.outcome === 'FULFILLED' ? '+1' : l.outcome === 'LAPSED' || l.outcome === 'BROKEN' ? '−1' : '0')),
        h('td', null, String(l.outcome).toLowerCase() + (l.curated ? ' (curated)' : '')),
        h('td', null, h('a', { href: '#/record/' + l.recordId }, l.action)),
        h('td', { class: 'date' }, l.due ? fmtDate(l.due) : '—'))))));
}

export async function dossier(query, a, b) {
  if (!a || !b) {
    return h('div', { class: 'page dossier-picker', dataset: { title: 'dossier' } }, h('h1', null, 'Relationship dossier'),
      h('p', null, 'Choose two actors: type a code or a name.'), picker(a, b),
      section('Busiest relationships', await busiestPairs()));
  }
  const [d, cards, past] = await Promise.all([
    // ?latest=N: records per section (the API's default when absent)
    get('/api/dossier/' + seg(a) + '/' + seg(b), { latest: query.get('latest') }),
    get('/api/scorecard', { a, b }).catch(() => []),
    pastBriefs(a, b),
  ]);
  return h('div', { class: 'page dossier', dataset: { title: 'dossier ' + a + ' ' + b } },
    h('h1', null, d.a.name + ' – ' + d.b.name),
    h('p', { class: 'muted' }, actorLink(d.a.code, d.a.name), ' and ', actorLink(d.b.code, d.b.name), ', as of ' + d.asOf, ' · ',
      h('a', { href: pageUrl('/brief/' + seg(a) + '/' + seg(b)), class: 'brief-link' }, 'Relationship brief (printable)')), picker(a, b),
    section('Commitments', board(d)),
    section('Compliance scorecard', scorecard(cards[0])),
    section('Timeline', timeline(d)),
    section('Frameworks and agreements', paged(d, 'agreements', d.agreements, l => recordList(l, 'No agreements.'))),
    section('Mechanisms', mechanisms(d.mechanisms)),
    section('Meetings', paged(d, 'meetings', d.meetings, l => recordList(l, 'No meetings.'))),
    section('People', people(d.people)),
    section('Topics over time', topicsByYear(d.topicsByYear)),
    section('Past briefs', past));
}
