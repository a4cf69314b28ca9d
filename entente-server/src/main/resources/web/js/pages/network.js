import { h, s, empty } from '../dom.js';
import { get } from '../api.js';

function layout(nodes, edges, W, H) {
  // Start on a circle (largest first), then a few hundred steps of a simple force layout.
  const n = nodes.length;
  const pos = new Map();
  nodes.forEach((v, i) => pos.set(v.code, { x: W / 2 + (W / 2.6) * Math.cos(2 * Math.PI * i / n), y: H / 2 + (H / 2.6) * Math.sin(2 * Math.PI * i / n), dx: 0, dy: 0 }));
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.6;
  for (let step = 0; step < 250; step++) {
    const t = 8 * (1 - step / 250);
    for (const a of pos.values()) { a.dx = 0; a.dy = 0; }
    const list = [...pos.values()];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(1, Math.hypot(dx, dy));
      const f = (k * k) / d;
      a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
    }
    for (const e of edges) {
      const a = pos.get(e.a), b = pos.get(e.b);
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(1, Math.hypot(dx, dy));
      const f = (d * d) / k * Math.min(3, 1 + Math.log(e.meetings + e.agreements + e.commitments)) * 0.5;
      a.dx -= dx / d * f; a.dy -= dy / d * f; b.dx += dx / d * f; b.dy += dy / d * f;
    }
    for (const a of list) {
      a.dx += (W / 2 - a.x) * 0.9; a.dy += (H / 2 - a.y) * 0.9; // gravity keeps components together
      const d = Math.max(1, Math.hypot(a.dx, a.dy));
      a.x = Math.min(W - 60, Math.max(30, a.x + a.dx / d * Math.min(d, t * 4)));
      a.y = Math.min(H - 20, Math.max(20, a.y + a.dy / d * Math.min(d, t * 4)));
    }
  }
  return pos;
}

function draw(net) {
  if (!net.nodes.length) return empty('No relations in this period.');
  const W = 900, H = 560;
  const pos = layout(net.nodes, net.edges, W, H);
  const maxW = Math.max(...net.edges.map(e => e.meetings + e.agreements + e.commitments));
  const maxN = Math.max(...net.nodes.map(v => v.records));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'img', 'aria-label': 'relations network' });
  for (const e of net.edges) {
    const a = pos.get(e.a), b = pos.get(e.b), w = e.meetings + e.agreements + e.commitments;
    const cls = e.agreements ? 'edge edge-agr' : e.meetings ? 'edge edge-meet' : 'edge edge-com';
    svg.append(s('a', { href: '#/dossier/' + encodeURIComponent(e.a) + '/' + encodeURIComponent(e.b) },
      s('line', { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1), class: cls, 'stroke-width': (1 + 5 * w / maxW).toFixed(1) },
        s('title', null, `${e.a}–${e.b}: ${e.meetings} meetings, ${e.agreements} agreements, ${e.commitments} commitments`))));
  }
  for (const v of net.nodes) {
    const p = pos.get(v.code), r = 5 + 12 * Math.sqrt(v.records / maxN);
    svg.append(s('a', { href: '#/actor/' + encodeURIComponent(v.code), class: 'node' },
      s('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1), class: 'node-' + String(v.kind || 'state').toLowerCase() }, s('title', null, v.name + ' (' + v.records + ')')),
      s('text', { x: (p.x + r + 2).toFixed(1), y: (p.y + 4).toFixed(1), class: 'label' }, v.code)));
  }
  return svg;
}

export async function network(query) {
  const params = { from: query.get('from'), to: query.get('to'), topic: query.get('topic'), max_edges: 120 };
  const [net, topics] = await Promise.all([get('/api/network', params), get('/api/topics')]);
  const from = h('input', { type: 'date', name: 'from', value: query.get('from') || '' });
  const to = h('input', { type: 'date', name: 'to', value: query.get('to') || '' });
  const topic = h('select', { name: 'topic' }, h('option', { value: '' }, 'all topics'),
    topics.map(t => { const o = h('option', { value: t.topic }, t.topic + ' (' + t.documents + ')'); if (t.topic === query.get('topic')) o.selected = true; return o; }));
  const form = h('form', { class: 'inline', id: 'network-form' }, 'From ', from, ' to ', to, ' ', topic, h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const q = new URLSearchParams();
    if (from.value) q.set('from', from.value);
    if (to.value) q.set('to', to.value);
    if (topic.value) q.set('topic', topic.value);
    location.hash = '#/network?' + q.toString();
  });
  return h('div', { class: 'page', dataset: { title: 'network' } }, h('h1', null, 'Network of relations'), form,
    h('p', { class: 'muted' }, net.nodes.length + ' actors, ' + net.edges.length + ' relations. Lines: agreements (solid), meetings (dashed), commitments (dotted); click a line for the dossier.'),
    h('div', { class: 'panel' }, draw(net)));
}
