package org.entente.pipeline.codes;

import java.util.List;
import java.util.Objects;
import org.entente.model.ActorKind;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.EventCode;
import org.entente.model.Location;
import org.entente.model.Meeting;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.gazetteer.ActorInfo;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.text.Tokenizer;
import org.entente.pipeline.topics.CuePhrases;

/**
 * Gives every meeting, agreement and commitment its CAMEO and PLOVER codes, so that the records can
 * be combined with GDELT (CAMEO) and POLECAT (PLOVER) data. The mapping is data ({@link
 * CodeTable}); this stage only reads the facts the table is keyed on:
 *
 * <ul>
 *   <li>a meeting: its kind and mode, and whether it took place at a third location — in person,
 *       between states only, at a geocoded place that is in none of their countries and is no
 *       capital of theirs;
 *   <li>an agreement: its status (a background reference is no event: both codes null);
 *   <li>a commitment: the words of its action ("hold talks" → 036, "provide humanitarian aid" →
 *       0333, anything else → 030).
 * </ul>
 *
 * <p>Runs after the event extractors; replaces each record with a copy carrying the code. A record
 * that already has a code keeps it. Immutable and thread-safe.
 */
public final class EventCoder implements Stage {

  private final CodeTable table;
  private final Gazetteer gazetteer;
  private final Tokenizer tokenizer = new Tokenizer();

  /** A coder with the bundled table and gazetteer. */
  public EventCoder() {
    this(CodeTable.defaults(), Gazetteer.defaults());
  }

  public EventCoder(CodeTable table, Gazetteer gazetteer) {
    this.table = Objects.requireNonNull(table, "table");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public void process(Analysis analysis) {
    List<Meeting> meetings = analysis.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      if (m.code() == null) {
        meetings.set(
            i,
            new Meeting(
                m.parties(),
                m.mode(),
                m.kind(),
                m.place(),
                m.location(),
                m.date(),
                code(m),
                m.spans()));
      }
    }
    List<Agreement> agreements = analysis.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      Agreement a = agreements.get(i);
      if (a.code() == null && a.status() != null) {
        agreements.set(
            i,
            new Agreement(
                a.parties(), a.name(), a.kind(), a.status(), a.date(), code(a), a.spans()));
      }
    }
    List<Commitment> commitments = analysis.commitments();
    for (int i = 0; i < commitments.size(); i++) {
      Commitment c = commitments.get(i);
      if (c.code() == null) {
        commitments.set(
            i,
            new Commitment(c.parties(), c.action(), c.place(), c.deadline(), code(c), c.spans()));
      }
    }
  }

  /** The code of {@code m}. */
  public EventCode code(Meeting m) {
    String kind =
        switch (m.mode() == null ? Meeting.Mode.IN_PERSON : m.mode()) {
          case PHONE -> "phone_call";
          case VIRTUAL -> "video_conference";
          case IN_PERSON -> m.kind();
        };
    return table.meeting(kind, isThirdPlace(m));
  }

  /** The code of {@code a}: {@link CodeTable#NONE} for a background reference. */
  public EventCode code(Agreement a) {
    return table.agreement(a.status());
  }

  /** The code of {@code c}, from the words of its action. */
  public EventCode code(Commitment c) {
    String action = c.action() == null ? "" : c.action();
    return table.commitment(CuePhrases.words(tokenizer.tokenize(action)));
  }

  private boolean isThirdPlace(Meeting m) {
    Location where = m.location();
    if (m.mode() != Meeting.Mode.IN_PERSON || where == null || where.country() == null) {
      return false;
    }
    for (String party : m.parties()) {
      ActorKind kind = gazetteer.actor(party).map(ActorInfo::kind).orElse(null);
      if (kind != ActorKind.STATE
          || party.equals(where.country())
          || gazetteer.isCapitalOf(m.place() == null ? where.name() : m.place(), party)
          || gazetteer.isCapitalOf(where.name(), party)) {
        return false;
      }
    }
    return true;
  }
}
