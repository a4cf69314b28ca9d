package org.entente.cli.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Synthetic diplomatic news, reproducible from a seed: stories (a meeting, an agreement, a
 * commitment with a deadline, or a follow-up report that a commitment was kept) between two states
 * of the gazetteer, each told by one to four outlets in near-duplicate rewrites. Stories advance in
 * time over twenty years from 1995; the same seed and count give the same documents, byte for byte.
 */
public final class CommuniqueGenerator implements Iterator<GeneratedDocument> {

  private static final LocalDate START = LocalDate.of(1995, 1, 1);
  private static final int SPAN_DAYS = 20 * 365;
  private static final double MEAN_REWRITES = 1.9;
  private static final int OFFICIALS_PER_STATE = 3;

  private final Random random;
  private final long seed;
  private final long count;
  private final Phrases phrases;
  private final Cast cast;
  private final Map<String, List<String[]>> officials = new HashMap<>();
  private final List<Pledge> pending = new ArrayList<>();
  private final Deque<GeneratedDocument> queue = new ArrayDeque<>();
  private long produced;
  private long stories;

  private record Pledge(
      Cast.State a, Cast.State b, String[] action, LocalDate made, String topic) {}

  /** A generator of {@code count} documents from {@code seed}. */
  public CommuniqueGenerator(long seed, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    this.seed = seed;
    this.count = count;
    this.random = new Random(seed);
    this.phrases = Phrases.bundled();
    this.cast = new Cast(List.of(phrases.variants("major").get(0)[0].split(" ")));
  }

  @Override
  public boolean hasNext() {
    return produced < count;
  }

  @Override
  public GeneratedDocument next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (queue.isEmpty()) {
      story();
    }
    produced++;
    return queue.removeFirst();
  }

  private void story() {
    long expected = Math.max(1, (long) (count / MEAN_REWRITES));
    LocalDate day = START.plusDays(stories * SPAN_DAYS / expected);
    stories++;
    Map<String, String> slots = new HashMap<>();
    String kind;
    Cast.State a;
    Cast.State b;
    String topic = pick(phrases.words("topic"));
    Pledge kept = null;
    double roll = random.nextDouble();
    if (roll < 0.15 && !pending.isEmpty()) {
      kept = pending.remove(random.nextInt(pending.size()));
      kind = "followup";
      a = kept.a();
      b = kept.b();
      topic = kept.topic();
    } else {
      Cast.State[] pair = cast.pair(random);
      a = pair[0];
      b = pair[1];
      kind = roll < 0.5 ? "meeting" : roll < 0.75 ? "agreement" : "commitment";
    }
    String city = random.nextBoolean() ? a.capital() : b.capital();
    String[] pa = official(a);
    String[] pb = official(b);
    slots.put("A", a.name());
    slots.put("B", b.name());
    slots.put("ADJA", a.demonym());
    slots.put("PA", pa[0] + " " + pa[1] + " " + pa[2]);
    slots.put("PB", pb[0] + " " + pb[1] + " " + pb[2]);
    slots.put("SA", pa[2]);
    slots.put("SB", pb[2]);
    slots.put("CITY", city);
    slots.put("ON", "on " + monthDay(day));
    slots.put("TOPIC", topic);
    slots.put("INSTR", pick(phrases.words("instr")));
    if (kind.equals("commitment")) {
      String[] action = pick(phrases.variants("action"));
      LocalDate due = day.plusMonths(3 + random.nextInt(16));
      slots.put("ACT", fill(action[0], slots));
      slots.put(
          "DUE",
          random.nextBoolean()
              ? "by the end of " + month(due) + " " + due.getYear()
              : "by " + monthDay(due) + ", " + due.getYear());
      pending.add(new Pledge(a, b, action, day, topic));
    }
    if (kept != null) {
      slots.put("DONE", fill(kept.action()[1], slots));
      slots.put("PLEDGED", "in " + month(kept.made()) + " " + kept.made().getYear());
    }
    int outlets = rewrites();
    List<String> names = new ArrayList<>(phrases.words("outlet"));
    Collections.shuffle(names, random);
    List<String> titles = phrases.words(kind + ".title");
    List<String> leads = phrases.words(kind + ".lead");
    List<String> bodies = phrases.words(kind + ".body");
    int first = random.nextInt(leads.size());
    for (int o = 0; o < outlets; o++) {
      LocalDate published = day.plusDays(o == 0 ? 0 : random.nextInt(2));
      StringBuilder text = new StringBuilder();
      text.append(city.toUpperCase(Locale.ROOT)).append(", ").append(monthDay(published));
      text.append(" - ").append(fill(leads.get((first + o) % leads.size()), slots));
      List<String> body = new ArrayList<>(bodies);
      Collections.shuffle(body, random);
      int sentences = 1 + random.nextInt(body.size());
      for (int s = 0; s < sentences; s++) {
        text.append(s % 2 == 0 ? "\n\n" : " ").append(fill(body.get(s), slots));
      }
      String title = fill(titles.get((first + o) % titles.size()), slots);
      queue.add(
          new GeneratedDocument(
              "gen" + seed + "-" + (produced + queue.size() + 1),
              published,
              o % 2 == 0 ? title : title.toUpperCase(Locale.ROOT),
              text.toString(),
              names.get(o % names.size())));
    }
  }

  private int rewrites() {
    double r = random.nextDouble();
    return r < 0.5 ? 1 : r < 0.75 ? 2 : r < 0.9 ? 3 : 4;
  }

  /** The officials of a state, fixed for the run: [title, given name, surname]. */
  private String[] official(Cast.State s) {
    List<String[]> list =
        officials.computeIfAbsent(
            s.code(),
            k -> {
              List<String[]> out = new ArrayList<>();
              List<String> titles = phrases.words("title");
              for (int i = 0; i < OFFICIALS_PER_STATE; i++) {
                out.add(
                    new String[] {
                      titles.get(i % titles.size()),
                      pick(phrases.words("given")),
                      pick(phrases.words("surname"))
                    });
              }
              return out;
            });
    return list.get(random.nextInt(list.size()));
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String monthDay(LocalDate d) {
    return month(d) + " " + d.getDayOfMonth();
  }

  /** Replaces each {@code {KEY}} of {@code template} by its slot; unknown keys are an error. */
  static String fill(String template, Map<String, String> slots) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException("unclosed slot in: " + template);
      }
      String value = slots.get(template.substring(open + 1, close));
      if (value == null) {
        throw new IllegalStateException("no value for " + template.substring(open, close + 1));
      }
      out.append(template, i, open).append(value);
      i = close + 1;
    }
    return out.toString();
  }
}
