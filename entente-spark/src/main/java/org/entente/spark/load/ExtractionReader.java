package org.entente.spark.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.entente.model.ActorKind;
import org.entente.model.ActorMention;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Diagnostic;
import org.entente.model.Document;
import org.entente.model.EventCode;
import org.entente.model.Extraction;
import org.entente.model.Location;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Person;
import org.entente.model.Span;
import org.entente.pipeline.json.ExtractionJson;

/**
 * Reads a per-document extraction JSON line ({@link ExtractionJson}) back into an {@link
 * Extraction} of a given {@link Document} (the line holds no text). Everything the JSON carries
 * comes back; a deadline's own span, which the JSON does not carry, is null. Throws {@link
 * IllegalArgumentException} on a line that is not such JSON. Stateless and thread-safe.
 */
public final class ExtractionReader {

  private ExtractionReader() {}

  /** The extraction of {@code document} written as {@code line}. */
  public static Extraction read(Document document, String line) {
    JsonNode o = ExtractionJson.parse(line);
    if (!o.isObject()) {
      throw new IllegalArgumentException("not an extraction object");
    }
    return new Extraction(
        document,
        list(o.get("actors"), ExtractionReader::actor),
        list(o.get("persons"), ExtractionReader::person),
        list(o.get("meetings"), ExtractionReader::meeting),
        list(o.get("agreements"), ExtractionReader::agreement),
        list(o.get("commitments"), ExtractionReader::commitment),
        list(o.get("topics"), JsonNode::asText),
        list(o.get("diagnostics"), ExtractionReader::diagnostic),
        str(o, "language"));
  }

  private static ActorMention actor(JsonNode n) {
    return new ActorMention(
        str(n, "code"),
        label(ActorKind.class, str(n, "kind")),
        label(ActorMention.How.class, str(n, "how")),
        span(n.get("span")));
  }

  private static Person person(JsonNode n) {
    return new Person(str(n, "name"), str(n, "role"), str(n, "affiliation"), spans(n));
  }

  private static Meeting meeting(JsonNode n) {
    Location location = null;
    JsonNode l = n.get("location");
    if (l != null && l.isObject()) {
      location =
          new Location(
              str(l, "name"),
              str(l, "country"),
              l.path("lat").asDouble(),
              l.path("lon").asDouble());
    }
    return new Meeting(
        strings(n.get("parties")),
        label(Meeting.Mode.class, str(n, "mode")),
        str(n, "kind"),
        str(n, "place"),
        location,
        PartialDate.parse(str(n, "date")),
        code(n),
        spans(n));
  }

  private static Agreement agreement(JsonNode n) {
    return new Agreement(
        strings(n.get("parties")),
        str(n, "name"),
        label(Agreement.Kind.class, str(n, "kind")),
        label(Agreement.Status.class, str(n, "status")),
        PartialDate.parse(str(n, "date")),
        code(n),
        spans(n));
  }

  private static Commitment commitment(JsonNode n) {
    String kind = str(n, "due_kind");
    Deadline deadline =
        kind == null
            ? null
            : new Deadline(
                PartialDate.parse(str(n, "due")),
                label(Deadline.Kind.class, kind),
                str(n, "due_text"),
                null);
    return new Commitment(
        strings(n.get("parties")), str(n, "action"), str(n, "place"), deadline, code(n), spans(n));
  }

  private static Diagnostic diagnostic(JsonNode n) {
    return new Diagnostic(
        label(Diagnostic.Severity.class, str(n, "severity")),
        str(n, "message"),
        n.has("span") ? span(n.get("span")) : null);
  }

  private static EventCode code(JsonNode n) {
    String cameo = str(n, "cameo");
    String plover = str(n, "plover");
    return cameo == null && plover == null ? null : new EventCode(cameo, plover);
  }

  private static List<Span> spans(JsonNode n) {
    return list(n.get("spans"), ExtractionReader::span);
  }

  private static Span span(JsonNode a) {
    if (a == null || !a.isArray() || a.size() != 2) {
      throw new IllegalArgumentException("not a span: " + a);
    }
    return new Span(a.get(0).asInt(), a.get(1).asInt());
  }

  private static List<String> strings(JsonNode a) {
    return list(a, JsonNode::asText);
  }

  private static <T> List<T> list(JsonNode a, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    if (a != null && a.isArray()) {
      for (JsonNode n : a) {
        out.add(f.apply(n));
      }
    }
    return out;
  }

  private static String str(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static <E extends Enum<E>> E label(Class<E> type, String label) {
    return label == null ? null : Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
  }
}
