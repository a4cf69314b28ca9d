package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.EventCode;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;

/**
 * The child process of {@link CrashResumeTest}: ingests a JSON Lines file into a store with a small
 * deterministic stage standing in for extraction (so that records, stories, persons and fulfilments
 * are written). Usage: {@code CrashIngestMain STORE INPUT}.
 */
public final class CrashIngestMain {

  private CrashIngestMain() {}

  /** Adds a meeting, a commitment and a person to documents that mention talks. */
  static Pipeline pipeline() {
    return Pipeline.builder()
        .add(
            a -> {
              String t = a.text();
              int i = t.indexOf("talks");
              if (i < 0) {
                return;
              }
              Span s = new Span(i, i + 5);
              List<String> parties =
                  t.contains("Japan") ? List.of("JPN", "USA") : List.of("FRA", "USA");
              PartialDate day =
                  a.document().published() == null
                      ? null
                      : PartialDate.of(a.document().published());
              a.meetings()
                  .add(
                      new Meeting(
                          parties,
                          Meeting.Mode.IN_PERSON,
                          "trade talks",
                          null,
                          null,
                          day,
                          new EventCode("036", "CONSULT"),
                          List.of(s)));
              a.commitments()
                  .add(
                      new Commitment(
                          parties,
                          "hold trade talks",
                          null,
                          new Deadline(
                              day == null ? null : PartialDate.ofYear(day.year()),
                              Deadline.Kind.LATEST,
                              "this year",
                              null),
                          new EventCode("036", "AGREE"),
                          List.of(s)));
              a.persons()
                  .add(
                      new Person(
                          "Minister " + (t.length() % 7), "Minister", parties.get(0), List.of(s)));
            })
        .build();
  }

  public static void main(String[] args) throws Exception {
    try (Ledger ledger = Ledger.open(args[0])) {
      ledger.ingest(
          DocumentSource.read(List.of(Path.of(args[1])), ReadOptions.defaults()),
          pipeline(),
          new Ledger.IngestOptions(2, 7),
          (r, d) -> {});
    }
  }
}
