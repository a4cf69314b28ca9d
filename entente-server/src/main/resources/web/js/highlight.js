// The original text with extracted records highlighted at their spans.
// Spans are UTF-16 offsets into the document's full text, as JavaScript strings index them.
import { h } from './dom.js';

/**
 * marks: [{key, kind, label, spans: [{start, end}]}]. Overlaps are split into segments; a
 * segment covered by several marks lists all of them. onSelect(mark) runs when one is chosen.
 */
export function highlighted(text, marks, onSelect) {
  const cuts = new Set([0, text.length]);
  const valid = [];
  for (const m of marks) {
    for (const sp of m.spans) {
      if (sp.start >= 0 && sp.end <= text.length && sp.start < sp.end) {
        cuts.add(sp.start); cuts.add(sp.end);
        valid.push({ m, start: sp.start, end: sp.end });
      }
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pre = h('pre', { class: 'doctext' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = valid.filter(v => v.start <= a && b <= v.end).map(v => v.m);
    if (!covering.length) { pre.append(document.createTextNode(piece)); continue; }
    const uniq = [...new Map(covering.map(m => [m.key, m])).values()];
    const top = uniq.reduce((x, y) => (spanLen(x) <= spanLen(y) ? x : y));
    const mark = h('mark', {
      class: 'hl hl-' + top.kind + (uniq.length > 1 ? ' hl-multi' : ''),
      title: uniq.map(m => m.kind + ': ' + m.label).join('\n'),
      tabindex: 0,
      dataset: { keys: uniq.map(m => m.key).join(' ') },
    }, piece);
    const choose = () => {
      pre.querySelectorAll('mark.selected').forEach(el => el.classList.remove('selected'));
      pre.querySelectorAll('mark').forEach(el => { if (el.dataset.keys.split(' ').includes(top.key)) el.classList.add('selected'); });
      onSelect(top, uniq);
    };
    mark.addEventListener('click', choose);
    mark.addEventListener('keydown', e => { if (e.key === 'Enter') choose(); });
    pre.append(mark);
  }
  return pre;
}

function spanLen(m) { return m.spans.reduce((n, s) => n + (s.end - s.start), 0); }

/** Selects the mark with the given key, as if clicked. */
export function select(pre, key) {
  const el = [...pre.querySelectorAll('mark')].find(m => m.dataset.keys.split(' ').includes(key));
  if (el) { el.click(); el.scrollIntoView({ block: 'center' }); }
}

export function legend() {
  return h('p', { class: 'legend' }, 'Highlights: ',
    ['meeting', 'agreement', 'commitment', 'person', 'actor', 'deadline'].map(k => h('mark', { class: 'hl hl-' + k }, k)));
}
