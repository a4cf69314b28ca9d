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
    final List<String> topics = new ArrayList<>();

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
      topics.addAll(List.of(t));
      return this;
    }

    Extraction build() {
      return new Extraction(
          d, actors, persons, meetings, agreements, commitments, topics, List.of());
    }
  }

  static final String SEED_TEXT =
      "Kaja Kallas and Nasser Bourita have agreed in Rabat to pursue a new Strategic and"
          + " Comprehensive Partnership.\n"
          + "The European Union and Morocco took a step on 16 April, when EU foreign policy chief"
          + " Kaja Kallas and Moroccan Foreign Minister Nasser Bourita agreed in Rabat. In the joint"
          + " communique issued after the visit, the two sides agreed to hold the next session of"
          + " political consultations in Rabat, organise a dialogue on security before the end of"
          + " the year, and relaunch the full cycle of institutional meetings under the"
          + " Association Agreement.";

  /**
   * A text written for these tests that mirrors the EU–Morocco seed's gold records
   * (seed-eu-morocco-partnership): one meeting, two agreements, three commitments.
   */
  static Extraction euMoroccoSeed(LocalDate published) {
    Document d = new Document("seed-eu-morocco", "test", published, null, SEED_TEXT);
    return of(d)
        .actor("EU", ActorKind.ORGANISATION, "European Union")
        .actor("MAR", ActorKind.STATE, "Morocco")
        .person("Kaja Kallas", "EU foreign policy chief", "EU", "Kaja Kallas")
        .person("Nasser Bourita", "Foreign Minister", "MAR", "Nasser Bourita")
        .meeting(
            List.of("EU", "MAR"),
            "visit",
            "Rabat",
            PartialDate.parse("XXXX-04-16"),
            "agreed in Rabat. In the joint")
        .agreement(
            List.of("EU", "MAR"),
            "Strategic and Comprehensive Partnership",
            Agreement.Kind.PARTNERSHIP,
            Agreement.Status.AGREED,
            PartialDate.parse("XXXX-04-16"),
            "Strategic and Comprehensive Partnership")
        .agreement(
            List.of("EU", "MAR"),
            "Association Agreement",
            Agreement.Kind.AGREEMENT,
            Agreement.Status.REFERENCED,
            null,
            "Association Agreement")
        .commitment(
            List.of("EU", "MAR"),
            "hold the next session of political consultations",
            null,
            "hold the next session of political consultations in Rabat")
        .commitment(
            List.of("EU", "MAR"),
            "organise a dialogue on security",
            new Deadline(
                PartialDate.parse("XXXX-12-31"),
                Deadline.Kind.LATEST,
                "before the end of the year",
                span(d, "before the end of the year")),
            "organise a dialogue on security before the end of the year")
        .commitment(
            List.of("EU", "MAR"),
            "relaunch the full cycle of institutional meetings under the Association Agreement",
            null,
            "relaunch the full cycle of institutional meetings")
        .topics("diplomacy", "security")
        .build();
  }

  /** The later text (test resource) reporting the EU–Morocco security dialogue as held. */
  static Extraction securityDialogueHeld() {
    String text = resource("eu-morocco-security-dialogue.txt");
    int cut = text.indexOf("\n\n");
    Document d =
        new Document(
            "eu-morocco-security-dialogue",
            "test",
            LocalDate.of(2025, 11, 21),
            text.substring(0, cut),
            text.substring(cut + 2));
    return of(d)
        .actor("EU", ActorKind.ORGANISATION, "European Union")
        .actor("MAR", ActorKind.STATE, "Morocco")
        .meeting(
            List.of("EU", "MAR"),
            "dialogue",
            "Brussels",
            PartialDate.parse("2025-11-20"),
            "held their security dialogue in Brussels on Thursday")
        .topics("security", "counter_terrorism")
        .build();
  }
}
