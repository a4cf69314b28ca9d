package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.store.ActorSuggestions;
import org.entente.store.Ledger;
import org.entente.store.watch.AlertKind;
import org.entente.store.watch.Watchlist;
import org.entente.store.watch.Watchlists;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente watch add|list|remove}: the watchlists kept in the ledger. */
@Command(
    name = "watch",
    description = "Keep watchlists: the actors and pairs you follow and what to be told about.",
    subcommands = {WatchCommand.Add.class, WatchCommand.ListAll.class, WatchCommand.Remove.class})
public final class WatchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", description = "Add a watchlist.")
  static final class Add implements Callable<Integer> {
    @Mixin StoreOptions store;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "letters, digits, _ . -")
    String name;

    @Option(
        names = "--actor",
        paramLabel = "CODE",
        split = ",",
        description = "Follow every relationship of an actor")
    List<String> actors = new ArrayList<>();

    @Option(
        names = "--pair",
        paramLabel = "A/B",
        split = ",",
        description = "Follow a pair, e.g. EU/MAR")
    List<String> pairs = new ArrayList<>();

    @Option(
        names = "--topic",
        split = ",",
        description = "Only records evidenced in documents with one of these topics")
    List<String> topics = new ArrayList<>();

    @Option(
        names = "--alert",
        paramLabel = "KIND",
        split = ",",
        description = "Alert kinds wanted (default all): ${COMPLETION-CANDIDATES}")
    List<Kind> kinds = new ArrayList<>();

    @Option(
        names = "--due-days",
        defaultValue = "" + Watchlist.DEFAULT_DUE_DAYS,
        description =
            "What \"soon\" means for deadlines and sessions, in days (default: ${DEFAULT-VALUE})")
    int dueDays;

    @Override
    public Integer call() {
      Watchlist w;
      try {
        List<Watchlist.Pair> ps = new ArrayList<>();
        for (String p : pairs) {
          ps.add(Watchlist.Pair.parse(p));
        }
        Set<AlertKind> ks = EnumSet.noneOf(AlertKind.class);
        kinds.forEach(k -> ks.add(k.kind));
        w = new Watchlist(name, actors, ps, topics, ks, dueDays);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      try (Ledger ledger = store.openOrCreate()) {
        ActorSuggestions known = new ActorSuggestions(ledger);
        List<String> codes = new ArrayList<>(w.actors());
        w.pairs().forEach(p -> codes.addAll(List.of(p.a(), p.b())));
        for (String c : codes) {
          if (!known.knows(c)) {
            spec.commandLine()
                .getErr()
                .println(
                    "entente: note: the ledger has no records of "
                        + c
                        + " yet"
                        + hint(ActorSuggestions.didYouMean(known.near(c))));
          }
        }
        try {
          new Watchlists(ledger).add(w);
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        spec.commandLine().getOut().println("watchlist " + w.name() + " added: " + describe(w));
        return 0;
      }
    }

    private static String hint(String h) {
      return h.isEmpty() ? "" : "; " + h;
    }
  }

  @Command(name = "list", description = "List the watchlists.")
  static final class ListAll implements Callable<Integer> {
    @Mixin StoreOptions store;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Ledger ledger = store.open()) {
        List<Watchlist> all = new Watchlists(ledger).list();
        PrintWriter out = spec.commandLine().getOut();
        if (store.json) {
          Printing.json(out, all);
        } else if (all.isEmpty()) {
          out.println("No watchlists (entente watch add NAME --pair A/B adds one).");
        } else {
          for (Watchlist w : all) {
            out.println(w.name() + "\t" + describe(w));
          }
        }
        out.flush();
        return 0;
      }
    }
  }

  @Command(name = "remove", description = "Remove a watchlist.")
  static final class Remove implements Callable<Integer> {
    @Mixin StoreOptions store;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (Ledger ledger = store.open()) {
        if (!new Watchlists(ledger).remove(name)) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "no watchlist named " + name);
        }
        spec.commandLine().getOut().println("watchlist " + name + " removed");
        return 0;
      }
    }
  }

  /** One line for people: what a watchlist follows and wants. */
  static String describe(Watchlist w) {
    List<String> parts = new ArrayList<>();
    w.pairs().forEach(p -> parts.add(p.label()));
    w.actors().forEach(a -> parts.add(a + " (all partners)"));
    String s = "follows " + String.join(", ", parts);
    if (!w.topics().isEmpty()) {
      s += "; topics " + String.join(", ", w.topics());
    }
    if (w.kinds().size() < AlertKind.values().length) {
      List<String> ks = new ArrayList<>();
      w.kindsInOrder().forEach(k -> ks.add(k.code()));
      s += "; alerts " + String.join(", ", ks);
    }
    return s + "; soon = " + w.dueWithinDays() + " days";
  }

  /** Alert kinds as picocli completion candidates (lower-case names). */
  enum Kind {
    overdue(AlertKind.OVERDUE),
    session_late(AlertKind.SESSION_LATE),
    due_soon(AlertKind.DUE_SOON),
    session_due(AlertKind.SESSION_DUE),
    lapsed(AlertKind.LAPSED),
    fulfilled(AlertKind.FULFILLED),
    curated(AlertKind.CURATED),
    new_agreement(AlertKind.NEW_AGREEMENT),
    new_commitment(AlertKind.NEW_COMMITMENT),
    new_meeting(AlertKind.NEW_MEETING);

    final AlertKind kind;

    Kind(AlertKind kind) {
      this.kind = kind;
    }
  }
}
