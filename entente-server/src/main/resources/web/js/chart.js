// Small SVG charts drawn by hand.
import { h, s } from './dom.js';

/** "2025-04" → months since year 0, and back. */
const monthIndex = m => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthName = i => String(Math.floor(i / 12)).padStart(4, '0') + '-' + String(i % 12 + 1).padStart(2, '0');

/**
 * Stacked monthly bars on a linear time axis (a month without activity keeps its place):
 * documents (light) behind meetings, agreements, commitments. The last 48 months with activity
 * at most.
 */
export function activityBars(months) {
  if (!months || !months.length) return h('p', { class: 'muted' }, 'No dated activity yet.');
  const byIndex = new Map(months.map(m => [monthIndex(m.month), m]));
  const last = Math.max(...byIndex.keys());
  const first = Math.max(Math.min(...byIndex.keys()), last - 47);
  const span = last - first + 1;
  const W = 760, H = 180, pad = 24;
  const step = (W - pad * 2) / span;
  const bw = Math.max(2, Math.min(24, step - 2));
  const x = i => pad + (i - first) * step + (step - bw) / 2;
  const shown = [...byIndex.entries()].filter(([i]) => i >= first).map(([, m]) => m);
  const max = Math.max(1, ...shown.map(m => Math.max(m.documents, m.meetings + m.agreements + m.commitments)));
  const y = v => (H - pad) - (v / max) * (H - pad * 2);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'activity by month',
    'data-first': monthName(first), 'data-last': monthName(last) });
  svg.append(s('line', { x1: pad, y1: H - pad, x2: W - pad, y2: H - pad, class: 'axis' }));
  for (const m of shown) {
    const i = monthIndex(m.month);
    const g = s('g', { class: 'month', 'data-month': m.month }, s('title', null, `${m.month}: ${m.documents} documents, ${m.meetings} meetings, ${m.agreements} agreements, ${m.commitments} commitments`));
    g.append(s('rect', { x: x(i), y: y(m.documents), width: bw, height: (H - pad) - y(m.documents), class: 'bar-docs' }));
    let base = 0;
    for (const [k, cls] of [['meetings', 'bar-meet'], ['agreements', 'bar-agr'], ['commitments', 'bar-com']]) {
      const v = m[k];
      if (v > 0) {
        g.append(s('rect', { x: x(i) + bw / 4, y: y(base + v), width: bw / 2, height: y(base) - y(base + v), class: cls }));
        base += v;
      }
    }
    svg.append(g);
  }
  // Ticks at January of each year (every few years when the range is long), and at both ends.
  const years = span / 12;
  const every = years > 24 ? 5 : years > 8 ? 2 : 1;
  for (let i = first; i <= last; i++) {
    const isJan = i % 12 === 0 && Math.floor(i / 12) % every === 0;
    if (isJan || i === first || i === last) {
      const label = isJan ? String(Math.floor(i / 12)) : monthName(i);
      if (!isJan && i !== first && i !== last) continue;
      svg.append(s('line', { x1: x(i) + bw / 2, y1: H - pad, x2: x(i) + bw / 2, y2: H - pad + 4, class: 'axis' }));
      svg.append(s('text', { x: x(i), y: H - 6, class: 'tick' }, label));
    }
  }
  return h('figure', { class: 'activity' }, svg,
    h('figcaption', null, h('span', { class: 'key bar-docs' }), 'documents ', h('span', { class: 'key bar-meet' }), 'meetings ',
      h('span', { class: 'key bar-agr' }), 'agreements ', h('span', { class: 'key bar-com' }), 'commitments'));
}

/** Topics by year as a small table of horizontal bars. */
export function topicsByYear(byYear) {
  const years = Object.keys(byYear || {});
  if (!years.length) return h('p', { class: 'muted' }, 'No topics.');
  const rows = [];
  for (const y of years) {
    const topics = Object.entries(byYear[y]).sort((a, b) => b[1] - a[1]);
    const max = Math.max(...topics.map(t => t[1]));
    rows.push(h('tr', null, h('th', null, y), h('td', null, topics.map(([t, n]) => {
      const bar = h('span', { class: 'tbar' });
      bar.style.width = Math.max(6, Math.round(60 * n / max)) + 'px';
      return h('span', { class: 'topic' }, bar, t + ' (' + n + ')');
    }))));
  }
  return h('table', { class: 'topics' }, h('tbody', null, rows));
}
