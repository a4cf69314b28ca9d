package org.entente.pipeline.time;

import org.entente.model.Deadline;
import org.entente.model.PartialDate;

/**
 * A time expression found in the repaired text.
 *
 * @param start offset in the repaired text
 * @param end exclusive end offset
 * @param text the words as written
 * @param date the resolved date (the first day of a range for a point in time; the latest day the
 *     text allows for a deadline), possibly partial, or null when it cannot be resolved
 * @param kind EXACT for a day, LATEST for "by/before/within…", VAGUE for "soon"
 * @param deadline true when the words set a limit ("by", "before", "within", "no later than")
 * @param future true when the expression points after the publication date
 * @param end2 the resolved last day for a multi-day range ("April 13-16" gives the 16th), or null
 */
public record DateMention(
    int start,
    int end,
    String text,
    PartialDate date,
    Deadline.Kind kind,
    boolean deadline,
    boolean future,
    PartialDate end2) {}
