package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Document;
import org.entente.model.EventCode;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Person;
import org.entente.model.Span;

/** Hand-built extractions for ledger tests: the records a perfect extractor would give. */
final class Fixtures {

  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The span of the first occurrence of {@code needle} in the document's full text. */
  static Span span(Document d, String needle) {
    int i = d.fullText().indexOf(needle);
    if (i < 0) {
      throw new IllegalArgumentException("not in text: " + needle);
    }
    return new Span(i, i + needle.length());
  }

  static Builder of(Document d) {
    return new Builder(d);
  }

  /** Accumulates records for one document. */
  static final class Builder {
    final Document d;
    final List<ActorMention> actors = new ArrayList<>();
    final List<Person> persons = new ArrayList<>();
    final List<Meeting> meetings = new ArrayList<>();
    final List<Agreement> agreements = new ArrayList<>();
    final List<Commitment> commitments = new ArrayList<>();
    final List<String> topicCodes = new ArrayList<>();

    Builder(Document d) {
      this.d = d;
    }

    Builder actor(String code, ActorKind kind, String mention) {
      actors.add(new ActorMention(code, kind, ActorMention.How.NAME, span(d, mention)));
      return this;
    }

    Builder person(String name, String role, String affiliation, String mention) {
      persons.add(new Person(name, role, affiliation, List.of(span(d, mention))));
      return this;
    }

    Builder meeting(List<String> parties, String kind, String place, PartialDate date, String ev) {
      meetings.add(
          new Meeting(
              parties,
              Meeting.Mode.IN_PERSON,
              kind,
              place,
              null,
              date,
              new EventCode("036", "CONSULT"),
              List.of(span(d, ev))));
      return this;
    }

    Builder agreement(
        List<String> parties,
        String name,
        Agreement.Kind kind,
        Agreement.Status status,
        PartialDate date,
        String ev) {
      agreements.add(
          new Agreement(
              parties,
              name,
              kind,
              status,
              date,
              new EventCode("057", "AGREE"),
              List.of(span(d, ev))));
      return this;
    }

    Builder commitment(List<String> parties, String action, Deadline deadline, String ev) {
      commitments.add(
          new Commitment(
              parties,
              action,
              null,
              deadline,
              new EventCode("036", "AGREE"),
              List.of(span(d, ev))));
      return this;
    }

    Builder topics(String... t) {
      topicCodes.addAll(List.of(t));
      return this;
    }

    Extraction build() {
      return new Extraction(
          d, actors, persons, meetings, agreements, commitments, topicCodes, List.of());
    }
  }

  static final String PARTNERSHIP_TEXT =
      "Lwazi Tembe and Randi Kvalheim put their names in Oslo to an Ocean and Climate Compact.\n"
          + "Ties between the African Union and Norway moved on 5 March, when AU Commissioner Lwazi"
          + " Tembe and Norwegian Foreign Minister Randi Kvalheim met in Oslo. According to the"
          + " statement released at the close of the talks, the delegations undertook to convene"
          + " the joint commission for its fourth session in Addis Ababa, open a strategic dialogue"
          + " on maritime affairs by the close of the year, and resume the yearly meetings of"
          + " senior officials under the Framework Cooperation Arrangement.";

  /**
   * An invented AU–Norway text of the genre the ledger reads: one meeting, two agreements (one
   * agreed, one referenced) and three commitments, one of them with a deadline.
   */
  static Extraction auNorwayCompact(LocalDate published) {
    Document d = new Document("au-norway-compact", "test", published, null, PARTNERSHIP_TEXT);
    return of(d)
        .actor("AU", ActorKind.ORGANISATION, "African Union")
        .actor("NOR", ActorKind.STATE, "Norway")
        .person("Lwazi Tembe", "AU Commissioner", "AU", "Lwazi Tembe")
        .person("Randi Kvalheim", "Foreign Minister", "NOR", "Randi Kvalheim")
        .meeting(
            List.of("AU", "NOR"),
            "visit",
            "Oslo",
            PartialDate.parse("XXXX-03-05"),
            "met in Oslo. According to the")
        .agreement(
            List.of("AU", "NOR"),
            "Ocean and Climate Compact",
            Agreement.Kind.PARTNERSHIP,
            Agreement.Status.AGREED,
            PartialDate.parse("XXXX-03-05"),
            "Ocean and Climate Compact")
        .agreement(
            List.of("AU", "NOR"),
            "Framework Cooperation Arrangement",
            Agreement.Kind.AGREEMENT,
            Agreement.Status.REFERENCED,
            null,
            "Framework Cooperation Arrangement")
        .commitment(
            List.of("AU", "NOR"),
            "convene the joint commission for its fourth session",
            null,
            "convene the joint commission for its fourth session in Addis Ababa")
        .commitment(
            List.of("AU", "NOR"),
            "open a strategic dialogue on maritime affairs",
            new Deadline(
                PartialDate.parse("XXXX-12-31"),
                Deadline.Kind.LATEST,
                "by the close of the year",
                span(d, "by the close of the year")),
            "open a strategic dialogue on maritime affairs by the close of the year")
        .commitment(
            List.of("AU", "NOR"),
            "resume the yearly meetings of senior officials under the Framework Cooperation"
                + " Arrangement",
            null,
            "resume the yearly meetings of senior officials")
        .topics("diplomacy", "maritime")
        .build();
  }

  /** The later text (test resource) reporting the AU–Norway maritime dialogue as held. */
  static Extraction maritimeDialogueHeld() {
    String text = resource("au-norway-maritime-dialogue.txt");
    int cut = text.indexOf("\n\n");
    Document d =
        new Document(
            "au-norway-maritime-dialogue",
            "test",
            LocalDate.of(2025, 10, 24),
            text.substring(0, cut),
            text.substring(cut + 2));
    return of(d)
        .actor("AU", ActorKind.ORGANISATION, "African Union")
        .actor("NOR", ActorKind.STATE, "Norway")
        .meeting(
            List.of("AU", "NOR"),
            "dialogue",
            "Bergen",
            PartialDate.parse("2025-10-23"),
            "held the opening round of their strategic dialogue on maritime affairs in Bergen on"
                + " Thursday")
        .topics("maritime", "fisheries")
        .build();
  }
}
