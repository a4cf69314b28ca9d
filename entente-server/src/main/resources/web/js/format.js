// How dates and record titles read: as an analyst writes them, never as the ledger stores them.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A ledger date for a person: "2025-04-16" → "16 Apr 2025", "XXXX-04-16" → "16 Apr (year unknown)",
 * "2025-04" → "Apr 2025", "2025" → "2025"; null → "undated". withYear=false drops a known year
 * (for titles of this year's records).
 */
export function fmtDate(v, withYear = true) {
  if (v === null || v === undefined || v === '') return 'undated';
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?$/.exec(String(v));
  if (!m) return String(v);
  const [, y, mo, d] = m;
  const month = mo && mo !== 'XX' ? MONTHS[Number(mo) - 1] : null;
  const day = d && d !== 'XX' ? String(Number(d)) : null;
  const head = [day, month].filter(x => x).join(' ');
  if (y === 'XXXX') return head ? head + ' (year unknown)' : 'undated';
  if (!head) return y;
  return withYear ? head + ' ' + y : head;
}

/** An element-free text for a day of the ledger, with the ISO form kept for machines. */
export function isoOf(r) { return r.onDate || r.date || ''; }

const MEETING_NOUN = {
  phone_call: 'call', video_call: 'video call', visit: 'visit', summit: 'summit', signing: 'signing',
};

/** "EU–MAR talks, Rabat, 16 Apr 2025"; agreements and commitments keep their name or action. */
export function recordTitle(r) {
  if (r.type !== 'meeting') return r.title || '(untitled ' + r.type + ')';
  const who = (r.parties || []).join('–');
  let noun = MEETING_NOUN[r.kind] || 'talks';
  if (r.mode === 'PHONE') noun = 'call';
  if (r.mode === 'VIRTUAL') noun = 'video call';
  const when = r.date || r.onDate;
  const thisYear = String(new Date().getFullYear());
  const day = when ? fmtDate(when, !String(when).startsWith(thisYear)) : null;
  return [who ? who + ' ' + noun : noun, r.place, day].filter(x => x).join(', ');
}

/** "1 meeting", "2 meetings", "1 person", "3 people". */
export function count(n, one, many) {
  return n + ' ' + (n === 1 ? one : (many || one + 's'));
}

const LANGUAGES = { en: 'English', fr: 'French', es: 'Spanish' };

/** "French" for "fr"; an unknown code as given; null (a document stored before V6) → "language not recorded". */
export function languageName(code) {
  if (!code) return 'language not recorded';
  return LANGUAGES[code] || String(code);
}
