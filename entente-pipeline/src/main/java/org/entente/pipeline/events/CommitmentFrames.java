package org.entente.pipeline.events;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * The counterpart slot of an undertaking's frame ({@code commitment-frames.tsv}): a visit binds the
 * visitor and the state visited ("will visit Fiji tomorrow"), an encounter every party named as its
 * object ("will meet the Fijian prime minister", "will hold talks with Japan"). The object is read
 * from the verb to the end of the action, stopping at a purpose clause ("to discuss ...") or a
 * topic ("on", "about"), whose parties are what is discussed. Immutable and thread-safe.
 */
final class CommitmentFrames {

  /** What the verb's object contributes. */
  enum Frame {
    VISIT,
    ENCOUNTER
  }

  private record Entry(Frame frame, String cue) {}

  private static final Set<String> OBJECT_ENDS = Set.of("on", "about", "regarding", "concerning");

  private static final class Holder {
    static final CommitmentFrames DEFAULT = load("commitment-frames.tsv");
  }

  private final Map<String, Entry> heads;

  private CommitmentFrames(Map<String, Entry> heads) {
    this.heads = heads;
  }

  static CommitmentFrames defaults() {
    return Holder.DEFAULT;
  }

  static CommitmentFrames load(String file) {
    Map<String, Entry> heads = new HashMap<>();
    for (ResourceFile.Line line : ResourceFile.read(CommitmentFrames.class, file)) {
      if (line.fields().size() != 3) {
        throw line.error("expected 3 fields: head, frame, cue");
      }
      Frame f;
      try {
        f = Frame.valueOf(line.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown frame '" + line.field(1) + "'");
      }
      String cue = line.field(2).equals("-") ? null : line.field(2);
      if (heads.put(line.field(0), new Entry(f, cue)) != null) {
        throw line.error("head '" + line.field(0) + "' listed twice");
      }
    }
    return new CommitmentFrames(Map.copyOf(heads));
  }

  /**
   * The parties the object of action tokens {@code [from, to)} brings in, by the frame of its head
   * word; empty when the head has no frame or its cue is missing.
   */
  Set<String> counterparts(
      Clause c, List<PartyFinder.Named> named, int from, int to, CommitmentLexicon lexicon) {
    FrozenList<Token> tokens = c.tokens();
    if (from >= to || from >= tokens.size()) {
      return Set.of();
    }
    String head = EventContext.lower(tokens.get(from));
    if (head.endsWith("ing")) {
      String base = lexicon.verbBase(head);
      head = base == null ? head : base;
    }
    Entry e = heads.get(head);
    if (e == null) {
      return Set.of();
    }
    int end = Math.min(to, tokens.size());
    for (int k = from + 1; k < end; k++) {
      String w = EventContext.lower(tokens.get(k));
      boolean purpose =
          w.equals("to")
              && k + 1 < end
              && lexicon.isBaseVerb(EventContext.lower(tokens.get(k + 1)))
              && !tokens.get(k + 1).isCapitalised();
      if (purpose || OBJECT_ENDS.contains(w) && !(e.cue() != null && e.cue().equals(w))) {
        end = k;
        break;
      }
    }
    int objectFrom = from + 1;
    if (e.cue() != null) {
      objectFrom = -1;
      for (int k = from + 1; k < end; k++) {
        if (EventContext.lower(tokens.get(k)).equals(e.cue())) {
          objectFrom = e.frame() == Frame.VISIT ? k : k + 1;
          break;
        }
      }
      if (objectFrom < 0) {
        return Set.of();
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (PartyFinder.Named n : named) {
      boolean near = e.frame() != Frame.VISIT || n.from() <= objectFrom + 3;
      if (n.from() >= objectFrom
          && n.to() <= end
          && near
          && !possessor(tokens, n)
          && !city(c, tokens.get(n.from()))) {
        out.add(n.code());
        if (e.frame() == Frame.VISIT) {
          break; // the destination: the first state named
        }
      }
    }
    return out;
  }

  /** "Malaysia's minister": a party that only qualifies another noun. */
  private static boolean possessor(FrozenList<Token> tokens, PartyFinder.Named n) {
    if (n.to() >= tokens.size()) {
      return false;
    }
    String next = EventContext.lower(tokens.get(n.to()));
    return next.equals("'s") || next.equals("’s");
  }

  /** "to Brussels": a city is where the visit goes, not a party to it. */
  private static boolean city(Clause c, Token t) {
    for (var p : c.places()) {
      if (p.start() == t.start()) {
        return true;
      }
    }
    return false;
  }
}
