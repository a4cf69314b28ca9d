// Small SVG charts drawn by hand.
import { h, s } from './dom.js';

/** Stacked monthly bars: documents (light) behind meetings, agreements, commitments. */
export function activityBars(months) {
  if (!months || !months.length) return h('p', { class: 'muted' }, 'No dated activity yet.');
  const shown = months.slice(-48);
  const W = 760, H = 180, pad = 24;
  const bw = Math.max(3, Math.floor((W - pad * 2) / shown.length) - 2);
  const max = Math.max(1, ...shown.map(m => Math.max(m.documents, m.meetings + m.agreements + m.commitments)));
  const y = v => (H - pad) - (v / max) * (H - pad * 2);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'activity by month' });
  svg.append(s('line', { x1: pad, y1: H - pad, x2: W - pad, y2: H - pad, class: 'axis' }));
  shown.forEach((m, i) => {
    const x = pad + i * (bw + 2);
    const g = s('g', { class: 'month' }, s('title', null, `${m.month}: ${m.documents} documents, ${m.meetings} meetings, ${m.agreements} agreements, ${m.commitments} commitments`));
    g.append(s('rect', { x, y: y(m.documents), width: bw, height: (H - pad) - y(m.documents), class: 'bar-docs' }));
    let base = 0;
    for (const [k, cls] of [['meetings', 'bar-meet'], ['agreements', 'bar-agr'], ['commitments', 'bar-com']]) {
      const v = m[k];
      if (v > 0) {
        g.append(s('rect', { x: x + bw / 4, y: y(base + v), width: bw / 2, height: y(base) - y(base + v), class: cls }));
        base += v;
      }
    }
    svg.append(g);
    if (i === 0 || i === shown.length - 1 || m.month.endsWith('-01')) {
      svg.append(s('text', { x, y: H - 6, class: 'tick' }, m.month));
    }
  });
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
