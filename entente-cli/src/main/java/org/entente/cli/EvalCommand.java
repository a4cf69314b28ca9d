package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.entente.pipeline.eval.Evaluation;
import org.entente.pipeline.eval.Scorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente eval --gold DIR}: precision, recall and F1 against annotated documents. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Runs extraction on annotated documents and prints precision, recall and F1 per category,",
      "with the matching rules of the reference scorer (../shared/eval/score.py).",
      "A set of texts in several languages is also scored for each language apart."
    })
public final class EvalCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "Folder of gold JSON files (e.g. ../shared/eval/dev).")
  Path gold;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "List missed and spurious records per document, each tagged with its cause (trigger not"
              + " found, wrong party, wrong date, other words, future vs past, batch), and each"
              + " matched commitment whose deadline was read wrong, then the counts of causes per"
              + " category.")
  boolean verbose;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Read every text as this language (en, fr, es) instead of detecting it.")
  String lang;

  @Override
  public Integer call() {
    if (!Files.isDirectory(gold)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + gold);
    }
    Map<String, Scorer> byLanguage = new TreeMap<>();
    Scorer scorer =
        Evaluation.run(LanguageOption.pipeline(spec.commandLine(), lang), gold, byLanguage);
    if (verbose) {
      spec.commandLine().getOut().print(Evaluation.details(scorer));
      spec.commandLine().getOut().println();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(scorer.report());
    if (byLanguage.size() > 1) {
      byLanguage.forEach(
          (language, s) -> {
            out.printf(Locale.ROOT, "%nlanguage %s (%d texts)%n", language, s.documents().size());
            out.print(s.report());
          });
    }
    out.flush();
    return 0;
  }
}
