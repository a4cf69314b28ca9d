package org.entente.pipeline.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.entente.model.ActorMention;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Diagnostic;
import org.entente.model.EventCode;
import org.entente.model.Extraction;
import org.entente.model.Location;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.model.Person;
import org.entente.model.Span;

/**
 * Writes an {@link Extraction} as one JSON object with the gold field names: {@code id}, {@code
 * persons}, {@code meetings}, {@code agreements}, {@code commitments}, {@code topics}, plus
 * evidence {@code spans} ({@code [[start, end], …]} into the original text), event codes, actor
 * mentions and diagnostics. Enum values are written in lower case ({@code in_person}, {@code
 * joint_statement}). Thread-safe.
 */
public final class ExtractionJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ExtractionJson() {}

  /** The shared mapper; configured once, safe to share. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON, no trailing newline. */
  public static String toJsonLine(Extraction e) {
    try {
      return MAPPER.writeValueAsString(toTree(e));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public static ObjectNode toTree(Extraction e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.document().id());
    o.put(
        "published", e.document().published() == null ? null : e.document().published().toString());
    if (e.document().source() != null) {
      o.put("source", e.document().source());
    }
    o.put("language", e.language());
    ArrayNode persons = o.putArray("persons");
    for (Person p : e.persons()) {
      ObjectNode n = persons.addObject();
      n.put("name", p.name());
      n.put("role", p.role());
      n.put("affiliation", p.affiliation());
      spans(n, p.spans());
    }
    ArrayNode meetings = o.putArray("meetings");
    for (Meeting m : e.meetings()) {
      ObjectNode n = meetings.addObject();
      strings(n.putArray("parties"), m.parties());
      n.put("mode", label(m.mode()));
      n.put("kind", m.kind());
      n.put("place", m.place());
      if (m.location() != null) {
        Location l = m.location();
        ObjectNode loc = n.putObject("location");
        loc.put("name", l.name());
        loc.put("country", l.country());
        loc.put("lat", l.latitude());
        loc.put("lon", l.longitude());
      }
      n.put("date", str(m.date()));
      code(n, m.code());
      spans(n, m.spans());
    }
    ArrayNode agreements = o.putArray("agreements");
    for (Agreement a : e.agreements()) {
      ObjectNode n = agreements.addObject();
      strings(n.putArray("parties"), a.parties());
      n.put("name", a.name());
      n.put("kind", label(a.kind()));
      n.put("status", label(a.status()));
      n.put("date", str(a.date()));
      code(n, a.code());
      spans(n, a.spans());
    }
    ArrayNode commitments = o.putArray("commitments");
    for (Commitment c : e.commitments()) {
      ObjectNode n = commitments.addObject();
      strings(n.putArray("parties"), c.parties());
      n.put("action", c.action());
      n.put("place", c.place());
      Deadline d = c.deadline();
      n.put("due", d == null ? null : str(d.due()));
      n.put("due_kind", d == null ? null : label(d.kind()));
      n.put("due_text", d == null ? null : d.text());
      code(n, c.code());
      spans(n, c.spans());
    }
    strings(o.putArray("topics"), e.topics());
    ArrayNode actors = o.putArray("actors");
    for (ActorMention a : e.actors()) {
      ObjectNode n = actors.addObject();
      n.put("code", a.code());
      n.put("kind", label(a.kind()));
      n.put("how", label(a.how()));
      n.putArray("span").add(a.span().start()).add(a.span().end());
    }
    if (!e.diagnostics().isEmpty()) {
      ArrayNode diags = o.putArray("diagnostics");
      for (Diagnostic d : e.diagnostics()) {
        ObjectNode n = diags.addObject();
        n.put("severity", label(d.severity()));
        n.put("message", d.message());
        if (d.span() != null) {
          n.putArray("span").add(d.span().start()).add(d.span().end());
        }
      }
    }
    return o;
  }

  /** Reads a JSON tree back into a node, for tools that compare outputs. */
  public static JsonNode parse(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage(), ex);
    }
  }

  /** The lower-case data label of an enum constant: {@code IN_PERSON} → {@code in_person}. */
  public static String label(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT);
  }

  private static String str(PartialDate d) {
    return d == null ? null : d.toString();
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static void code(ObjectNode n, EventCode c) {
    n.put("cameo", c == null ? null : c.cameo());
    n.put("plover", c == null ? null : c.plover());
  }

  private static void spans(ObjectNode n, List<Span> spans) {
    ArrayNode a = n.putArray("spans");
    for (Span s : spans) {
      a.addArray().add(s.start()).add(s.end());
    }
  }
}
