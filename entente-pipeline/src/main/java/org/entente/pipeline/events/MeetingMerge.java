package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Span;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.time.DateMention;

/**
 * Joins the meeting records that {@link MeetingExtractor} drafts sentence by sentence into one
 * record per meeting: an organisation's meeting told from several sides, a video conference and its
 * calls, and records identical in parties and mode whose dates and places do not conflict.
 * Stateless.
 */
final class MeetingMerge {

  private MeetingMerge() {}

  /**
   * The meetings of one organisation's body that a text reports from several sides ("told the U.N.
   * meeting", "also present at the OAS meeting was…") are one meeting with all their parties;
   * without a date of its own it takes the lead sentence's, when the lead names the organisation.
   */
  static List<Meeting> joinHosted(
      EventContext ctx, List<Meeting> drafts, Map<Meeting, String> hosts) {
    List<Meeting> out = new ArrayList<>();
    Map<Meeting, String> hostOf = new IdentityHashMap<>();
    for (Meeting d : drafts) {
      String host = hosts.get(d);
      Meeting joined = null;
      for (int i = 0; host != null && i < out.size() && joined == null; i++) {
        Meeting o = out.get(i);
        if (host.equals(hostOf.get(o))
            && o.mode() == d.mode()
            && compatible(o.date(), d.date())
            && (o.place() == null || d.place() == null || o.place().equalsIgnoreCase(d.place()))) {
          joined = union(o, d, true);
          out.set(i, joined);
          hostOf.put(joined, host);
        }
      }
      if (joined == null) {
        out.add(d);
        if (host != null) {
          hostOf.put(d, host);
        }
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Meeting o = out.get(i);
      String host = hostOf.get(o);
      PartialDate lead = host == null || o.date() != null ? null : leadDate(ctx, host);
      if (lead != null) {
        out.set(
            i,
            new Meeting(
                o.parties(),
                o.mode(),
                o.kind(),
                o.place(),
                o.location(),
                lead,
                o.code(),
                o.spans()));
      }
    }
    return out;
  }

  /** The day the lead sentence gives, when it names organisation {@code code}, or null. */
  private static PartialDate leadDate(EventContext ctx, String code) {
    for (Clause c : ctx.clauses()) {
      if (c.index() == 0 || c.index() > MeetingExtractor.LEAD) {
        continue;
      }
      if (c.actors().stream().noneMatch(a -> a.code().equals(code))) {
        continue;
      }
      for (DateMention d : c.dates()) {
        PartialDate p = d.pointDate();
        if (p != null && p.day() != null && MeetingDates.notAfter(p, ctx.published())) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * A video conference and the calls of the same day that share a party with it are one conference:
   * "a video conference between Rojas and the leaders of…", then "the call on Monday also
   * included…".
   */
  static List<Meeting> joinConferences(List<Meeting> drafts) {
    List<Meeting> out = new ArrayList<>(drafts);
    for (int i = 0; i < out.size(); i++) {
      Meeting conf = out.get(i);
      if (conf.mode() != Meeting.Mode.VIRTUAL) {
        continue;
      }
      for (int j = 0; j < out.size(); j++) {
        Meeting o = out.get(j);
        if (j == i
            || o.mode() == Meeting.Mode.IN_PERSON
            || !compatible(conf.date(), o.date())
            || o.parties().stream().noneMatch(conf.parties()::contains)) {
          continue;
        }
        conf = union(conf, o, false);
        out.set(i, conf);
        out.remove(j);
        if (j < i) {
          i--;
        }
        j = -1;
      }
    }
    return out;
  }

  /** Meetings with the same parties and mode whose dates and places do not conflict are one. */
  static List<Meeting> merge(List<Meeting> drafts) {
    List<Meeting> out = new ArrayList<>();
    for (Meeting d : drafts) {
      int hit = -1;
      for (int i = 0; i < out.size(); i++) {
        Meeting o = out.get(i);
        if (o.parties().equals(d.parties())
            && o.mode() == d.mode()
            && compatible(o.date(), d.date())
            && (o.place() == null || d.place() == null || o.place().equalsIgnoreCase(d.place()))
            && !complementary(o, d)) {
          hit = i;
          break;
        }
      }
      if (hit < 0) {
        out.add(d);
        continue;
      }
      out.set(hit, union(out.get(hit), d, true));
    }
    return out;
  }

  /** The most days a visit's talks may follow the visit's first day and still be part of it. */
  private static final int VISIT_DAYS = 6;

  /**
   * A visit and the talks held during it are one meeting, the talks': "paid a state visit from 21
   * to 23 April … on 22 April the two presidents held talks" gives the talks of the 22nd, with the
   * visit's place when they have none.
   */
  static List<Meeting> absorbVisits(List<Meeting> drafts) {
    List<Meeting> out = new ArrayList<>(drafts);
    for (int v = out.size() - 1; v >= 0; v--) {
      Meeting visit = out.get(v);
      if (!"visit".equals(visit.kind()) || !complete(visit.date())) {
        continue;
      }
      for (int t = 0; t < out.size(); t++) {
        Meeting talks = out.get(t);
        if (t != v
            && !"visit".equals(talks.kind())
            && talks.mode() == Meeting.Mode.IN_PERSON
            && talks.parties().equals(visit.parties())
            && complete(talks.date())
            && within(visit.date(), talks.date())
            && (talks.place() == null
                || visit.place() == null
                || talks.place().equalsIgnoreCase(visit.place()))) {
          out.set(t, union(talks, visit, true));
          out.remove(v);
          break;
        }
      }
    }
    return out;
  }

  private static boolean complete(PartialDate d) {
    return d != null && d.isComplete();
  }

  /** Whether day {@code b} falls on day {@code a} or within the days of a visit after it. */
  private static boolean within(PartialDate a, PartialDate b) {
    long days = b.latestDay().toEpochDay() - a.latestDay().toEpochDay();
    return days > 0 && days <= VISIT_DAYS;
  }

  /**
   * One meeting from two records of it: {@code a}'s mode, kind and code, both records' parties and
   * evidence, and each field {@code a} lacks taken from {@code b}; with {@code keepPlace} false the
   * record has no place (a video conference has none).
   */
  private static Meeting union(Meeting a, Meeting b, boolean keepPlace) {
    Set<String> parties = new TreeSet<>(a.parties());
    parties.addAll(b.parties());
    List<Span> spans = new ArrayList<>(a.spans());
    spans.addAll(b.spans());
    return new Meeting(
        new ArrayList<>(parties),
        a.mode(),
        a.kind(),
        !keepPlace ? null : a.place() != null ? a.place() : b.place(),
        !keepPlace ? null : a.location() != null ? a.location() : b.location(),
        a.date() != null ? a.date() : b.date(),
        a.code(),
        spans.stream().distinct().sorted().toList());
  }

  /**
   * One record knows only the place, the other only the date: two meetings more likely than one ("a
   * working meeting in Quito" and "the official visit in May 2025").
   */
  private static boolean complementary(Meeting a, Meeting b) {
    return a.date() == null && a.place() != null && b.date() != null && b.place() == null
        || b.date() == null && b.place() != null && a.date() != null && a.place() == null;
  }

  private static boolean compatible(PartialDate a, PartialDate b) {
    return a == null || b == null || a.equals(b);
  }
}
