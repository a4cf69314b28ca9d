// Past briefs: the briefs logged (by the command line or from here), the latest first, each with
// the link that reopens it as it was issued; a pair's list on its dossier, with a button that logs
// the brief as of the chosen day (behind the API token).
import { h, section, empty, mount, errorBox } from '../dom.js';
import { get, send, token, getAsOf, seg } from '../api.js';
import { fmtDate } from '../format.js';

/** "5 Jan 2026, 09:00 UTC" from an ISO-8601 instant. */
function issuedText(instant) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(String(instant || ''));
  return m ? fmtDate(m[1]) + ', ' + m[2] + ' UTC' : String(instant || '');
}

function briefTable(items, withPair) {
  if (!items.length) return empty('No brief logged yet.');
  const heads = [...(withPair ? ['Pair'] : []), 'As of', 'Changes since', 'Issued', 'Records', ''];
  return h('table', { class: 'grid past-briefs' },
    h('thead', null, h('tr', null, heads.map(x => h('th', null, x)))),
    h('tbody', null, items.map(b => h('tr', { dataset: { id: b.id } },
      withPair ? h('td', null, h('a', { href: '#/dossier/' + seg(b.a) + '/' + seg(b.b) }, b.a + '–' + b.b)) : null,
      h('td', { class: 'date' }, fmtDate(b.asOf)),
      h('td', { class: 'date' }, fmtDate(b.since)),
      h('td', { class: 'date' }, issuedText(b.issuedAt)),
      h('td', { class: 'num' }, String(b.records)),
      h('td', null, h('a', { href: b.href, class: 'reopen-brief' }, 'Reopen'))))));
}

function logButton(a, b, msg, onDone) {
  const button = h('button', { type: 'button', class: 'log-brief' }, 'Log the brief as of ' + (getAsOf() ? fmtDate(getAsOf()) : 'today'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const body = { a, b };
      if (getAsOf()) body.as_of = getAsOf();
      const logged = await send('POST', '/api/briefs', body);
      mount(msg, h('p', { class: 'ok' }, 'Logged brief ' + logged.id + ' as of ' + fmtDate(logged.asOf) + '.'));
      await onDone();
    } catch (err) {
      mount(msg, errorBox(err));
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** The past briefs of a pair, for its dossier: the list and, with the token, a button to log one. */
export async function pastBriefs(a, b) {
  const holder = h('div', { id: 'past-briefs' });
  const msg = h('div', { class: 'brief-msg' });
  const refresh = async () => {
    const page = await get('/api/briefs', { a, b, as_of: null });
    mount(holder, briefTable(page.items, false));
  };
  await refresh();
  return h('div', null,
    h('p', { class: 'muted' }, 'Each brief logged says what changed since the one before it. Reopen shows a brief again as of its day, its changes measured as when it was issued.'),
    holder, token() ? logButton(a, b, msg, refresh) : null, msg);
}

/** #/briefs: every brief logged, the latest first; ?a=CODE narrows to that actor's pairs. */
export async function briefs(query) {
  const a = query.get('a') || null;
  const page = await get('/api/briefs', { a, limit: 200, as_of: null });
  return h('div', { class: 'page briefs-page', dataset: { title: 'past briefs' } },
    h('h1', null, 'Past briefs' + (a ? ' of ' + a : '')),
    h('p', { class: 'muted' }, 'Briefs logged by ', h('code', null, 'entente brief'), ' or from a dossier, the latest issued first.'),
    section('Briefs', briefTable(page.items, true)));
}
