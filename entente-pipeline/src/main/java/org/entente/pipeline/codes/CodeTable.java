package org.entente.pipeline.codes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.model.Agreement;
import org.entente.model.EventCode;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.topics.CuePhrases;

/**
 * The mapping from records to CAMEO and PLOVER codes ({@code codes.tsv}; the format is documented
 * in its header, the choices in {@code README.md} beside it). Loaded and validated once: an unknown
 * record type, kind or status, a malformed code, a missing status or default, or a duplicate key
 * fails with the file and line. Immutable and thread-safe.
 */
public final class CodeTable {

  /** The PLOVER event types (PLOVER manual, 2021). */
  public static final Set<String> PLOVER_TYPES =
      Set.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");

  /** The meeting kinds the meeting extractor writes. */
  public static final Set<String> MEETING_KINDS =
      Set.of(
          "talks",
          "visit",
          "host",
          "phone_call",
          "video_conference",
          "summit",
          "signing",
          "meeting");

  /** The code of "no event": both parts null. */
  public static final EventCode NONE = new EventCode(null, null);

  private record Ranked(int rank, EventCode code) {}

  private final Map<String, EventCode> meetings;
  private final Map<String, EventCode> thirdPlace;
  private final Map<Agreement.Status, EventCode> agreements;
  private final CuePhrases<Ranked> commitmentCues;
  private final EventCode commitmentDefault;

  private CodeTable(
      Map<String, EventCode> meetings,
      Map<String, EventCode> thirdPlace,
      Map<Agreement.Status, EventCode> agreements,
      CuePhrases<Ranked> commitmentCues,
      EventCode commitmentDefault) {
    this.meetings = Map.copyOf(meetings);
    this.thirdPlace = Map.copyOf(thirdPlace);
    this.agreements = new EnumMap<>(agreements);
    this.commitmentCues = commitmentCues;
    this.commitmentDefault = commitmentDefault;
  }

  /** The bundled table, loaded on first use. */
  public static CodeTable defaults() {
    return Holder.DEFAULT;
  }

  /**
   * Loads {@code file} from {@code anchor}'s package on the class path.
   *
   * @throws IllegalStateException naming file and line when the file is missing or malformed
   */
  public static CodeTable load(Class<?> anchor, String file) {
    Map<String, EventCode> meetings = new HashMap<>();
    Map<String, EventCode> third = new HashMap<>();
    Map<Agreement.Status, EventCode> agreements = new EnumMap<>(Agreement.Status.class);
    CuePhrases.Builder<Ranked> cues = CuePhrases.builder();
    Map<String, Integer> cueKeys = new HashMap<>();
    EventCode commitmentDefault = null;
    for (ResourceFile.Line line : ResourceFile.read(anchor, file)) {
      if (line.fields().size() != 4) {
        throw line.error("expected RECORD, KEY, CAMEO and PLOVER separated by tabs");
      }
      String record = line.field(0);
      String key = line.field(1);
      EventCode code = code(line);
      switch (record) {
        case "meeting", "meeting_third_place" -> {
          if (!key.equals("*") && !MEETING_KINDS.contains(key)) {
            throw line.error("unknown meeting kind '" + key + "'");
          }
          if (code == NONE) {
            throw line.error("a meeting is always an event: give a code");
          }
          Map<String, EventCode> target = record.equals("meeting") ? meetings : third;
          if (target.put(key, code) != null) {
            throw line.error("duplicate " + record + " kind '" + key + "'");
          }
        }
        case "agreement" -> {
          Agreement.Status status = status(line, key);
          if (agreements.put(status, code) != null) {
            throw line.error("duplicate agreement status '" + key + "'");
          }
        }
        case "commitment" -> {
          if (cueKeys.put(key, line.number()) != null) {
            throw line.error("duplicate commitment cue '" + key + "'");
          }
          if (key.equals("*")) {
            commitmentDefault = code;
          } else {
            cues.add(line, 1, new Ranked(line.number(), code));
          }
        }
        default -> throw line.error("unknown record '" + record + "'");
      }
    }
    String where = anchor.getPackageName().replace('.', '/') + "/" + file;
    for (Agreement.Status s : Agreement.Status.values()) {
      if (!agreements.containsKey(s)) {
        throw new IllegalStateException(
            where + ": no row for agreement status " + s.name().toLowerCase(Locale.ROOT));
      }
    }
    if (!meetings.containsKey("*") || !third.containsKey("*")) {
      throw new IllegalStateException(where + ": meeting and meeting_third_place need a * row");
    }
    if (commitmentDefault == null) {
      throw new IllegalStateException(where + ": commitment needs a * row");
    }
    return new CodeTable(meetings, third, agreements, cues.build(), commitmentDefault);
  }

  private static EventCode code(ResourceFile.Line line) {
    String cameo = line.field(2);
    String plover = line.field(3);
    if (cameo.equals("-") || plover.equals("-")) {
      if (!(cameo.equals("-") && plover.equals("-"))) {
        throw line.error("CAMEO and PLOVER are - together or not at all");
      }
      return NONE;
    }
    if (!(cameo.length() == 3 || cameo.length() == 4)
        || !cameo.chars().allMatch(Character::isDigit)) {
      throw line.error("CAMEO code '" + cameo + "' is not 3 or 4 digits");
    }
    if (!PLOVER_TYPES.contains(plover)) {
      throw line.error("unknown PLOVER event type '" + plover + "'");
    }
    return new EventCode(cameo, plover);
  }

  private static Agreement.Status status(ResourceFile.Line line, String key) {
    for (Agreement.Status s : Agreement.Status.values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(key)) {
        return s;
      }
    }
    throw line.error("unknown agreement status '" + key + "'");
  }

  /**
   * The code of a meeting of {@code kind}. At a third place, the kind's {@code meeting_third_place}
   * row; a listed kind without one keeps its own row ("talks" stay negotiations); an unlisted or
   * null kind takes the {@code *} rows.
   */
  public EventCode meeting(String kind, boolean thirdPlace) {
    if (thirdPlace) {
      EventCode t = kind == null ? null : this.thirdPlace.get(kind);
      if (t != null) {
        return t;
      }
      if (kind == null || !meetings.containsKey(kind)) {
        return this.thirdPlace.get("*");
      }
    }
    EventCode c = kind == null ? null : meetings.get(kind);
    return c != null ? c : meetings.get("*");
  }

  /** The code of an agreement in {@code status}: {@link #NONE} for a background reference. */
  public EventCode agreement(Agreement.Status status) {
    return agreements.get(Objects.requireNonNull(status, "status"));
  }

  /** The code of a commitment whose action has {@code words} (see {@link CuePhrases#words}). */
  public EventCode commitment(List<String> words) {
    List<Ranked> found = new ArrayList<>();
    for (CuePhrases.Hit<Ranked> h : commitmentCues.find(words)) {
      h.cues().forEach(c -> found.add(c.value()));
    }
    return found.stream()
        .min(Comparator.comparingInt(Ranked::rank))
        .map(Ranked::code)
        .orElse(commitmentDefault);
  }

  private static final class Holder {
    static final CodeTable DEFAULT = load(CodeTable.class, "codes.tsv");
  }
}
