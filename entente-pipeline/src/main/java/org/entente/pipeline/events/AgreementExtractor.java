package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.model.ActorMention;
import org.entente.model.Agreement;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.gazetteer.Gazetteer;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * Finds named or clearly identifiable instruments: treaties, agreements, memoranda, declarations,
 * joint statements and communiqués, roadmaps, partnerships, frameworks, deals.
 *
 * <p>Design. Each sentence is searched for instrument nouns ({@code instruments.tsv}). The name is
 * read around the noun ({@link InstrumentNames}); a bare noun ("the agreement") or a plural generic
 * ("agreements between the ministries") is no record, and a weak noun ("framework", "partnership")
 * also needs a capital or a status word next to it. The status is the status phrase nearest to the
 * name in its sentence ({@code agreement-status.tsv}), else referenced; the date is the nearest
 * time expression, read as a past point, when the status says something happened. The parties are
 * the states and organisations in the name ("EU-Morocco") and those named in the sentence; "the two
 * sides" are the parties of the last meeting; with none, the document's two main actors. Mentions
 * whose content words include one another's are one record.
 */
public final class AgreementExtractor implements Stage {
  /** What separates the words of a name. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Characters that are no part of a word. */
  private static final Pattern NOT_IN_WORD = Pattern.compile("[^\\p{L}\\p{N}'’-]");

  /** How many earlier records a new mention is compared with. */
  static final int MERGE_WINDOW = 64;

  private static final int STATUS_WINDOW = 10;

  private final Gazetteer gazetteer;
  private final InstrumentLexicon lexicon;
  private final InstrumentBatches batches = InstrumentBatches.defaults();

  public AgreementExtractor() {
    this(Gazetteer.defaults());
  }

  public AgreementExtractor(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.lexicon = InstrumentLexicon.defaults();
  }

  @Override
  public void process(Analysis analysis) {
    EventContext ctx = EventContext.of(analysis, gazetteer);
    List<Agreement> found = new ArrayList<>();
    List<Set<String>> keys = new ArrayList<>();
    for (Clause c : ctx.clauses()) {
      FrozenList<Token> tokens = c.tokens();
      int covered = -1;
      for (int h = 0; h < tokens.size(); h++) {
        Token t = tokens.get(h);
        InstrumentLexicon.Noun noun =
            t.type() == Token.Type.WORD ? lexicon.noun(EventContext.lower(t)) : null;
        if (noun == null
            || h < covered
            || partOfProperName(c, tokens, h)
            || usedAsVerb(tokens, h)) {
          continue;
        }
        InstrumentNames.Name name = cutTimeAndPlace(c, InstrumentNames.read(tokens, h));
        InstrumentBatches.Batch batch = noun.plural() ? batches.read(tokens, name, noun) : null;
        if (batch != null && !batch.counted()) {
          Agreement.Status listed = status(c, batch.name());
          if (!concluded(listed) && listed != Agreement.Status.PROPOSED) {
            batch = null; // "agreements on trade and energy" talked about: read as ever
          }
        }
        if (batch != null) {
          covered = Math.max(batch.end(), batch.name().to());
          addBatch(ctx, c, batch, noun, found, keys);
          continue;
        }
        Agreement.Status status = status(c, name);
        if (!keep(tokens, name, noun, status)) {
          continue;
        }
        covered = name.to();
        Agreement a = build(ctx, c, name, noun, status);
        if (a != null) {
          merge(found, keys, a, descriptive(tokens, name, c));
        }
      }
    }
    analysis.agreements().addAll(AgreementRementions.drop(ctx, lexicon, found));
  }

  /** Signed, agreed or adopted: an instrument that now exists. */
  private static boolean concluded(Agreement.Status status) {
    return status == Agreement.Status.SIGNED
        || status == Agreement.Status.AGREED
        || status == Agreement.Status.ADOPTED;
  }

  /**
   * Adds a batch ("three memoranda of understanding"), unless one of the same count is known (the
   * headline and the body name one batch), and the instruments it lists with its status and date.
   */
  private void addBatch(
      EventContext ctx,
      Clause c,
      InstrumentBatches.Batch batch,
      InstrumentLexicon.Noun noun,
      List<Agreement> found,
      List<Set<String>> keys) {
    Agreement.Status status = status(c, batch.name());
    Agreement a = build(ctx, c, batch.name(), noun, status);
    if (a == null) {
      return;
    }
    String count = a.name().split(" ")[0].toLowerCase(Locale.ROOT);
    boolean known = keys.contains(Set.of("batch:" + count));
    if (!known && batch.counted()) {
      found.add(a);
      keys.add(Set.of("batch:" + count));
    }
    for (String item : batch.items()) {
      Agreement one =
          new Agreement(a.parties(), item, noun.kind(), a.status(), a.date(), null, a.spans());
      if (identifiable(item)) {
        merge(found, keys, one, false);
      } else if (found.stream().noneMatch(f -> f.name().equalsIgnoreCase(item))) {
        // "one on visas": an instrument of its own, not a second mention of the batch
        found.add(one);
        keys.add(identifying(item));
      }
    }
  }

  /**
   * Whether a name picks out one instrument: a capitalised head ("Louvre Agreement"), or a
   * capitalised word, a possessive or a number before the head ("Iran nuclear deal", "Ana May's
   * Brexit deal", "the 1972 treaty"). Words after the head only describe ("accord between Norway
   * and Chile").
   */
  private boolean identifiable(String name) {
    String[] words = WHITESPACE.split(name);
    for (String w : words) {
      String bare = NOT_IN_WORD.matcher(w).replaceAll("");
      if (bare.isEmpty()) {
        continue;
      }
      char first = bare.charAt(0);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        return true;
      }
      if (lexicon.noun(bare.toLowerCase(Locale.ROOT)) != null) {
        return false; // the head, lower-case, with nothing naming it before
      }
    }
    return true;
  }

  /** Ends a name's complement before a time expression or an "in"/"at" place. */
  private static InstrumentNames.Name cutTimeAndPlace(Clause c, InstrumentNames.Name name) {
    FrozenList<Token> tokens = c.tokens();
    for (int k = name.head() + 2; k < name.to(); k++) {
      Token t = tokens.get(k);
      boolean cut = false;
      for (DateMention d : c.dates()) {
        cut |= d.start() < t.end() && t.start() < d.end();
      }
      String w = EventContext.lower(t);
      if ((w.equals("in") || w.equals("at")) && k + 1 < name.to()) {
        for (var p : c.places()) {
          cut |= p.start() == tokens.get(k + 1).start();
        }
      }
      if (cut) {
        int to = k;
        while (to > name.head() + 1
            && (EventContext.lower(tokens.get(to - 1)).equals("on")
                || EventContext.lower(tokens.get(to - 1)).equals("in")
                || EventContext.lower(tokens.get(to - 1)).equals("at"))) {
          to--;
        }
        return new InstrumentNames.Name(name.from(), name.head(), Math.max(to, name.head() + 1));
      }
    }
    return name;
  }

  private boolean keep(
      List<Token> tokens,
      InstrumentNames.Name name,
      InstrumentLexicon.Noun noun,
      Agreement.Status s) {
    Token head = tokens.get(name.head());
    boolean named = head.isCapitalised() && name.from() < name.head();
    if (name.bare() && !head.isCapitalised()) {
      return false;
    }
    if (noun.plural() && !named) {
      return false;
    }
    if (noun.titled() && !named) {
      return false;
    }
    if (named && portfolio(tokens, name.from())) {
      return false; // "the Minister of Transport, Housing and Urban Agenda": an office
    }
    if (name.head() >= 2
        && EventContext.lower(tokens.get(name.head() - 1)).equals("the")
        && name.to() > name.head() + 1
        && EventContext.lower(tokens.get(name.head() + 1)).equals("of")
        && (EventContext.lower(tokens.get(name.head() - 2)).equals("within")
            || EventContext.lower(tokens.get(name.head() - 2)).equals("in"))) {
      return false; // "within the framework of"
    }
    if (noun.weak()) {
      boolean numbered =
          name.to() == name.head() + 2 && tokens.get(name.head() + 1).type() == Token.Type.NUMBER;
      boolean capitalisedModifier = false;
      for (int k = name.from(); k < name.head(); k++) {
        capitalisedModifier |=
            noun.kind() == Agreement.Kind.PARTNERSHIP && tokens.get(k).isCapitalised() && k > 0;
      }
      return head.isCapitalised()
          || numbered
          || capitalisedModifier
          || (s != null && s != Agreement.Status.REFERENCED)
          || (name.head() > 0
              && lexicon.strengthens(EventContext.lower(tokens.get(name.head() - 1))));
    }
    return true;
  }

  /**
   * Whether the words before {@code from} are the start of an office's title, "Ministry of" or
   * "Minister for" and then only capitalised words, commas and "and".
   */
  private static boolean portfolio(List<Token> tokens, int from) {
    for (int k = from - 1; k >= Math.max(1, from - 8); k--) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if ((w.equals("of") || w.equals("for")) && tokens.get(k - 1).isCapitalised()) {
        String office = EventContext.lower(tokens.get(k - 1));
        return office.startsWith("minist") || office.equals("department");
      }
      if (!t.isCapitalised() && !w.equals(",") && !w.equals("and")) {
        return false;
      }
    }
    return false;
  }

  /** Words before a noun that make it a verb: "to deal with", "and deal with", "will deal with". */
  private static final Set<String> VERB_BEFORE =
      Set.of("to", "and", "will", "would", "can", "could", "must", "should", "not");

  /**
   * Whether an instrument's noun is a verb here: "address and deal with trafficking", "will deal
   * with the crisis" (a verb, then "with").
   */
  private static boolean usedAsVerb(List<Token> tokens, int h) {
    return h > 0
        && h + 1 < tokens.size()
        && EventContext.lower(tokens.get(h + 1)).equals("with")
        && VERB_BEFORE.contains(EventContext.lower(tokens.get(h - 1)));
  }

  /**
   * "the Andean Agreement on Ports and Shipping" (a body), "the Southern Treaty Organisation", a
   * shouted headline ("TURKEY SIGN AID AGREEMENT"): not an instrument here.
   */
  private static boolean partOfProperName(Clause c, List<Token> tokens, int h) {
    Token t = tokens.get(h);
    for (ActorMention a : c.actors()) {
      if (a.span().start() <= t.start() && t.end() <= a.span().end()) {
        return true;
      }
    }
    if (t.text().length() > 3 && t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
      return true;
    }
    return h + 1 < tokens.size()
        && t.isCapitalised()
        && tokens.get(h + 1).type() == Token.Type.WORD
        && tokens.get(h + 1).isCapitalised();
  }

  private Agreement build(
      EventContext ctx,
      Clause c,
      InstrumentNames.Name name,
      InstrumentLexicon.Noun noun,
      Agreement.Status found) {
    FrozenList<Token> tokens = c.tokens();
    String text = nameText(ctx.text(), tokens, name);
    if (ContentWords.of(text).isEmpty()) {
      return null;
    }
    Agreement.Status status = found == null ? Agreement.Status.REFERENCED : found;
    int from = tokens.get(name.from()).start();
    int to = tokens.get(name.to() - 1).end();
    Set<String> parties = new LinkedHashSet<>();
    for (ActorMention a : c.actors()) {
      if (a.span().start() >= from && a.span().end() <= to) {
        parties.add(a.code());
      }
    }
    // "the Kenya-Italy Trade Agreement": the name says whose it is; else the clause's parties
    if (parties.size() < 2 || !ownersBeforeHead(c, tokens, name)) {
      if (PartyFinder.bothSides(tokens, 0, tokens.size())) {
        parties.addAll(pair(ctx, c));
      }
      parties.addAll(PartyFinder.all(c));
      if (parties.isEmpty()) {
        parties.addAll(ctx.topActors(2));
      }
    }
    return new Agreement(
        new ArrayList<>(new TreeSet<>(parties)),
        text,
        kind(text, noun),
        status,
        date(c, name, status),
        null,
        List.of(new Span(from, to)));
  }

  /** Whether every actor the name holds comes before its head noun ("the Chile-Peru accord"). */
  private static boolean ownersBeforeHead(Clause c, List<Token> tokens, InstrumentNames.Name name) {
    int from = tokens.get(name.from()).start();
    int head = tokens.get(name.head()).start();
    int to = tokens.get(name.to() - 1).end();
    for (ActorMention a : c.actors()) {
      if (a.span().start() >= head && a.span().end() <= to) {
        return false;
      }
    }
    return from < head;
  }

  private static String nameText(String text, List<Token> tokens, InstrumentNames.Name name) {
    StringBuilder sb = new StringBuilder();
    Token prev = null;
    for (int k = name.from(); k < name.to(); k++) {
      Token t = tokens.get(k);
      if (InstrumentNames.bracketedAcronym(tokens, k)) {
        k += 2; // "(MoU)": the short form is left out
        continue;
      }
      if (t.type() == Token.Type.PUNCTUATION && !t.text().equals("-") || t.text().equals("'")) {
        continue;
      }
      if (prev != null && t.start() != prev.end()) {
        sb.append(' ');
      }
      String w = t.text();
      if (w.endsWith("'") || w.endsWith("’")) {
        w = w.substring(0, w.length() - 1);
      }
      sb.append(w);
      prev = t;
    }
    return sb.toString().strip();
  }

  private static Agreement.Kind kind(String name, InstrumentLexicon.Noun noun) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("action plan")) {
      return Agreement.Kind.ACTION_PLAN;
    }
    if (n.contains("road map")) {
      return Agreement.Kind.ROADMAP;
    }
    if (n.contains("plan of action")) {
      return Agreement.Kind.ACTION_PLAN;
    }
    if (n.contains("memorandum of understanding")) {
      return Agreement.Kind.MOU;
    }
    return noun.kind();
  }

  /** The status phrase nearest to the name, within a few words; null when there is none. */
  private Agreement.Status status(Clause c, InstrumentNames.Name name) {
    Agreement.Status best = null;
    int bestDistance = STATUS_WINDOW + 1;
    FrozenList<Token> tokens = c.tokens();
    boolean apposed = name.to() + 1 < tokens.size() && tokens.get(name.to()).text().equals(",");
    for (PhraseTable.Match<Agreement.Status> m : lexicon.statuses().find(tokens)) {
      if (apposed && m.from() == name.to() + 1) {
        return m.value(); // "the Lakes Treaty, in force since 2019": said of this instrument
      }
      int d;
      if (m.to() <= name.from()) {
        d = name.from() - m.to();
      } else if (m.from() >= name.to()) {
        d = m.from() - name.to() + 1;
      } else {
        d = 0;
      }
      if (d < bestDistance) {
        best = m.value();
        bestDistance = d;
      }
    }
    return best;
  }

  private static PartialDate date(Clause c, InstrumentNames.Name name, Agreement.Status status) {
    if (status != Agreement.Status.SIGNED
        && status != Agreement.Status.AGREED
        && status != Agreement.Status.ADOPTED
        && status != Agreement.Status.IN_FORCE) {
      return null;
    }
    int at = c.tokens().get(name.head()).start();
    DateMention best = null;
    for (DateMention d : c.dates()) {
      if (d.pointDate() != null
          && !EventDeadlines.isBound(d)
          && (best == null || Math.abs(d.start() - at) < Math.abs(best.start() - at))) {
        best = d;
      }
    }
    return best == null ? null : best.pointDate();
  }

  private static Set<String> pair(EventContext ctx, Clause c) {
    Meeting best = null;
    for (Meeting m : ctx.analysis().meetings()) {
      if (!m.spans().isEmpty() && m.spans().get(0).start() <= c.sentence().end()) {
        best = m;
      }
    }
    return new java.util.LinkedHashSet<>(best != null ? best.parties() : ctx.topActors(2));
  }

  /**
   * Adds {@code a}, or folds it into an earlier record for the same instrument: one whose
   * identifying words (those other than the instrument noun) overlap by half, or, for a merely
   * descriptive mention ("the voluminous deal", "the 2015 accord"), the latest of the same kind.
   * {@code keys} holds the identifying words of each record found; only the last {@link
   * #MERGE_WINDOW} records are searched, so a garbled text with thousands of mentions stays linear.
   */
  private void merge(
      List<Agreement> found, List<Set<String>> keys, Agreement a, boolean descriptive) {
    Set<String> w = identifying(a.name());
    boolean titled = titled(a.name());
    int hit = -1;
    int oldest = Math.max(0, found.size() - MERGE_WINDOW);
    for (int i = found.size() - 1; i >= oldest && hit < 0; i--) {
      Set<String> ow = keys.get(i);
      Set<String> small = w.size() <= ow.size() ? w : ow;
      Set<String> shared = new java.util.HashSet<>(w);
      shared.retainAll(ow);
      if (!small.isEmpty()
          && shared.size() * 2 >= small.size()
          && shared.size() >= Math.min(2, small.size())
          && (found.get(i).kind() == a.kind() || !titled || !titled(found.get(i).name()))) {
        hit = i;
      }
    }
    for (int i = found.size() - 1; i >= oldest && hit < 0 && descriptive; i--) {
      if (found.get(i).kind() == a.kind()) {
        hit = i;
      }
    }
    // Unnamed mentions of one kind between the same parties are one instrument: "a fisheries
    // accord with Iceland", later "the pact between the two countries".
    boolean unnamed = false;
    for (int i = found.size() - 1; i >= oldest && hit < 0 && !identifiable(a.name()); i--) {
      Agreement o = found.get(i);
      if (o.kind() == a.kind() && a.parties().size() >= 2 && o.parties().equals(a.parties())) {
        hit = i;
        unnamed = true; // the first mention keeps its name
      }
    }
    if (hit < 0) {
      found.add(a);
      keys.add(w);
      return;
    }
    Agreement o = found.get(hit);
    Set<String> parties = new TreeSet<>(o.parties());
    parties.addAll(a.parties());
    List<Span> spans = new ArrayList<>(o.spans());
    spans.addAll(a.spans());
    boolean longer = !descriptive && !unnamed && w.size() > keys.get(hit).size();
    if (longer) {
      keys.set(hit, w);
    }
    found.set(
        hit,
        new Agreement(
            new ArrayList<>(parties),
            longer ? a.name() : o.name(),
            o.kind(),
            o.status() == Agreement.Status.REFERENCED ? a.status() : o.status(),
            o.date() != null ? o.date() : a.date(),
            null,
            spans));
  }

  /**
   * A name written as a title: its instrument noun capitalised ("Framework for Fisheries
   * Cooperation", "Memorandum of Understanding for ..."). Two titles of different kinds are two
   * instruments, however many words they share.
   */
  private boolean titled(String name) {
    boolean titled = false;
    for (String w : WHITESPACE.split(name)) {
      if (!w.isEmpty() && lexicon.noun(w.toLowerCase(Locale.ROOT)) != null) {
        titled = Character.isUpperCase(w.charAt(0)); // the last instrument noun decides
      }
    }
    return titled;
  }

  /** Content words of a name without numbers and instrument nouns. */
  private Set<String> identifying(String name) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : ContentWords.of(name)) {
      if (!Character.isDigit(w.charAt(0)) && lexicon.noun(w) == null) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * A lower-case name with no complement and no party in it ("the voluminous deal", "today's
   * agreement"): another mention of an instrument named before, when there is one.
   */
  private static boolean descriptive(
      FrozenList<Token> tokens, InstrumentNames.Name name, Clause c) {
    if (name.to() > name.head() + 1) {
      return false;
    }
    for (int k = name.from(); k < name.to(); k++) {
      if (tokens.get(k).isCapitalised()) {
        return false;
      }
    }
    int from = tokens.get(name.from()).start();
    int to = tokens.get(name.to() - 1).end();
    for (ActorMention a : c.actors()) {
      if (a.span().start() >= from && a.span().end() <= to) {
        return false;
      }
    }
    return true;
  }
}
