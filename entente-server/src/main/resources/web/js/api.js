// Talking to the REST API. The curation token lives in sessionStorage only.

const TOKEN_KEY = 'entente.token';
const CURATOR_KEY = 'entente.curator';

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message ? body.message : 'HTTP ' + status) +
      (body && body.fields ? ' — ' + Object.entries(body.fields).map(([k, v]) => k + ': ' + v).join('; ') : ''));
    this.status = status;
    this.body = body;
  }
}

let asOf = null;

export function setAsOf(day) { asOf = day || null; }
export function getAsOf() { return asOf; }

export function token() { return sessionStorage.getItem(TOKEN_KEY) || ''; }
export function setToken(t) { t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY); }
export function curator() { return sessionStorage.getItem(CURATOR_KEY) || ''; }
export function setCurator(c) { c ? sessionStorage.setItem(CURATOR_KEY, c) : sessionStorage.removeItem(CURATOR_KEY); }

function url(path, params) {
  const u = new URL(path, location.origin);
  const all = Object.assign({}, params || {});
  if (asOf && !('as_of' in all)) all.as_of = asOf;
  for (const [k, v] of Object.entries(all)) {
    if (v !== null && v !== undefined && v !== '') u.searchParams.set(k, v);
  }
  return u.pathname + u.search;
}

async function parse(res) {
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new ApiError(res.status, typeof body === 'object' ? body : { message: body });
  return body;
}

export async function get(path, params) {
  return parse(await fetch(url(path, params), { headers: { Accept: 'application/json' } }));
}

export async function send(method, path, body, withToken = true) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (withToken && token()) headers.Authorization = 'Bearer ' + token();
  return parse(await fetch(path, { method, headers, body: JSON.stringify(body) }));
}

export function exportUrl(format) { return url('/api/export/' + format, {}); }

/** A page of the server outside the application (the brief), with the chosen as-of day. */
export function pageUrl(path, params) { return url(path, params); }

/** Encodes a path segment. */
export function seg(v) { return encodeURIComponent(String(v)); }
