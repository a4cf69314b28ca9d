package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente search WORDS…}: full-text search over stored documents. */
@Command(name = "search", description = "Full-text search over the stored documents.")
public final class SearchCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "WORD")
  List<String> words;

  @Option(names = "--limit", defaultValue = "20")
  int limit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Ledger ledger = store.open()) {
      List<Views.SearchHit> hits = ledger.queries().search(String.join(" ", words), limit);
      if (store.json) {
        Printing.json(spec.commandLine().getOut(), hits);
      } else {
        for (Views.SearchHit h : hits) {
          spec.commandLine()
              .getOut()
              .printf(
                  java.util.Locale.ROOT,
                  "%s  %s  %s%n    %s%n",
                  h.docId(),
                  Printing.day(h.published()),
                  h.name(),
                  h.snippet());
        }
      }
      return 0;
    }
  }
}
