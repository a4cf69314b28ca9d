// The dashboard: a hash router over small page modules.
import { h, mount, errorBox } from './dom.js';
import { setAsOf } from './api.js';
import { home } from './pages/home.js';
import { dossier } from './pages/dossier.js';
import { actors, actor } from './pages/actors.js';
import { persons, person } from './pages/persons.js';
import { documents, documentPage } from './pages/documents.js';
import { network } from './pages/network.js';
import { search } from './pages/search.js';
import { curation, record } from './pages/curation.js';
import { analyse } from './pages/analyse.js';
import { commitments } from './pages/commitments.js';
import { exportsPage } from './pages/exports.js';
import { watchlists, watchPage } from './pages/watch.js';
import { briefs } from './pages/briefs.js';

const ROUTES = [
  [/^$/, home],
  [/^dossier(?:\/([^/]+)\/([^/]+))?$/, dossier],
  [/^actors$/, actors],
  [/^actor\/([^/]+)$/, actor],
  [/^persons$/, persons],
  [/^person\/(\d+)$/, person],
  [/^documents$/, documents],
  [/^document\/(.+)$/, documentPage],
  [/^network$/, network],
  [/^search$/, search],
  [/^curation$/, curation],
  [/^record\/(\d+)$/, record],
  [/^analyse$/, analyse],
  [/^commitments$/, commitments],
  [/^exports$/, exportsPage],
  [/^watch$/, watchlists],
  [/^watch\/([^/]+)$/, watchPage],
  [/^briefs$/, briefs],
];

// Each route() call renders only if no later call started meanwhile: a slow page must not
// overwrite the one the user went to next.
let routeSeq = 0;

async function route() {
  const seq = ++routeSeq;
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?');
  const query = new URLSearchParams(qs || '');
  const app = document.getElementById('app');
  document.querySelectorAll('#nav a').forEach(a => {
    const target = a.getAttribute('href').replace(/^#\/?/, '');
    a.classList.toggle('active', target === '' ? path === '' : path.startsWith(target.replace(/s$/, '')));
  });
  for (const [re, page] of ROUTES) {
    const m = re.exec(path);
    if (m) {
      mount(app, h('p', { class: 'muted' }, 'Loading…'));
      try {
        const args = m.slice(1).map(x => (x === undefined ? undefined : decodeURIComponent(x)));
        const view = await page(query, ...args);
        if (seq !== routeSeq) return;
        mount(app, view);
        app.dataset.route = raw;
        document.title = 'Entente — ' + (view.dataset.title || 'ledger');
      } catch (e) {
        if (seq !== routeSeq) return;
        mount(app, h('h1', null, 'Something went wrong'), errorBox(e));
        app.dataset.route = raw;
      }
      return;
    }
  }
  mount(app, h('h1', null, 'Not found'), h('p', null, 'No page at ', h('code', null, '#/' + path)));
  app.dataset.route = raw;
}

function init() {
  const input = document.getElementById('asof');
  const saved = sessionStorage.getItem('entente.asOf');
  if (saved) { input.value = saved; setAsOf(saved); }
  input.addEventListener('change', () => {
    setAsOf(input.value);
    input.value ? sessionStorage.setItem('entente.asOf', input.value) : sessionStorage.removeItem('entente.asOf');
    route();
  });
  document.getElementById('asof-form').addEventListener('submit', e => e.preventDefault());
  window.addEventListener('hashchange', route);
  route();
}

init();
