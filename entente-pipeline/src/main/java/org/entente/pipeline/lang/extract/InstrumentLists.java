package org.entente.pipeline.lang.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instruments listed by their fields after one plural name, as French and Spanish reports set out a
 * signing: "des accords de coopération dans les domaines de l'élevage, du transport, de
 * l'hydraulique et du tourisme" names four agreements, "acuerdos de cooperación en materia de
 * comercio, de salud y de energía" three. The name read up to its first field gives the head
 * ("accords de coopération dans les domaines"); each field after it, opened by a preposition and
 * closed by a comma or by the list's last "et" / "y", completes the head into one more name. A
 * field with an inner "et" ("de la santé animale et de la transhumance") stays one. Stateless and
 * thread-safe.
 */
final class InstrumentLists {

  /** The preposition that opens a field, with its article: "du", "de la", "de l'", "des", "del". */
  private static final String FIELD = "(?:de la |de l'|de l’|du |des |del |de |d'|d’)";

  /** A field's opening in a name; where the last one starts, the head ends. */
  private static final Pattern FIELD_START = Pattern.compile("\\s" + FIELD);

  /** A piece of the list that is a field, perhaps after the list's "et" / "y". */
  private static final Pattern PIECE = Pattern.compile("^\\s*(?:(?:et|y)\\s+)?(" + FIELD + ".+)$");

  /** The list's last "et" / "y" before a field: "de l'énergie et de la pêche". */
  private static final Pattern LAST_JOIN = Pattern.compile("\\s(?:et|y)\\s+(?=" + FIELD + ")");

  private static final int MAX_ITEMS = 12;

  /** One more instrument: its name, and the offsets of its field in the text. */
  record Item(String name, int start, int end) {}

  private InstrumentLists() {}

  /**
   * The names of the further instruments listed after the plural name {@code [start, end)} of
   * {@code text}, before {@code limit}; empty when no field follows.
   */
  static List<Item> following(String text, int start, int end, int limit) {
    Matcher opening = FIELD_START.matcher(text.substring(start, end));
    int headEnd = -1;
    while (opening.find()) {
      headEnd = opening.start();
    }
    if (headEnd < 0) {
      return List.of();
    }
    String head = text.substring(start, start + headEnd).strip();
    String rest = text.substring(end, limit);
    int stop = rest.length();
    for (char c : new char[] {'.', ';', ':', '(', ')', '\n'}) {
      int i = rest.indexOf(c);
      if (i >= 0 && i < stop) {
        stop = i;
      }
    }
    List<Item> out = new ArrayList<>();
    int at = end; // offset of the current piece in the text
    String[] pieces = rest.substring(0, stop).split(",", -1);
    for (int i = 0; i < pieces.length && out.size() < MAX_ITEMS; i++) {
      String piece = pieces[i];
      int pieceStart = at;
      at += piece.length() + 1;
      if (i == 0 && piece.isBlank()) {
        continue; // the list goes on after a comma
      }
      Matcher p = PIECE.matcher(piece);
      if (!p.matches() || i == 0 && !piece.stripLeading().matches("(?:et|y)\\s.*")) {
        break; // "du commerce et de la santé" is a list of two joined at once
      }
      int fieldStart = pieceStart + p.start(1);
      String field = p.group(1).strip();
      boolean lastPiece = i == pieces.length - 1 || !PIECE.matcher(pieces[i + 1]).matches();
      Matcher join = LAST_JOIN.matcher(field);
      int split = -1;
      int after = -1;
      while (join.find()) {
        split = join.start();
        after = join.end();
      }
      if (lastPiece && split > 0) {
        // the list's last join: "de l'énergie et de la pêche" is two fields
        out.add(item(head, text, fieldStart, fieldStart + split));
        out.add(item(head, text, fieldStart + after, fieldStart + field.length()));
      } else {
        out.add(item(head, text, fieldStart, fieldStart + field.length()));
      }
      if (lastPiece) {
        break;
      }
    }
    return out;
  }

  private static Item item(String head, String text, int from, int to) {
    String field = text.substring(from, to).strip();
    return new Item(head + " " + field, from, from + field.length());
  }
}
