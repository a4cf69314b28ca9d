/**
 * The relationship brief: what a principal needs before meeting the other side, built from the
 * ledger as of a day. {@link org.entente.store.brief.Briefs} assembles a {@link
 * org.entente.store.brief.Brief} from the dossier queries, the mechanisms' cadence and the
 * scorecard; each section ({@code *Section} classes) turns ledger records into {@link
 * org.entente.store.brief.Statement}s, and every statement cites its sources through one {@link
 * org.entente.store.brief.Citations} numbering shared by the whole brief. The renderers of {@code
 * render} turn a brief into Markdown, HTML or PDF; none of them touches the ledger. {@link
 * org.entente.store.brief.BriefLog} keeps the briefs issued with what each showed, and {@link
 * org.entente.store.brief.BriefChanges} compares the next brief of a pair with the last one.
 */
package org.entente.store.brief;
