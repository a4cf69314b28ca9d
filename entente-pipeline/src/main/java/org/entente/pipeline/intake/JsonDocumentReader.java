package org.entente.pipeline.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code .json} file: one document (an object with the {@link JsonRecord} keys; its id
 * defaults to the file name without extension) or an array of them (ids default to {@code name-1},
 * {@code name-2}…; a bad element is skipped and named {@code file[i]}). Thread-safe.
 */
final class JsonDocumentReader {

  private JsonDocumentReader() {}

  static List<ReadResult> read(byte[] bytes, int length, String id, String where, ReadOptions o) {
    JsonNode root;
    try {
      root = JsonRecord.JSON.readTree(bytes, 0, length);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String line = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr();
      return List.of(
          new ReadResult.BadRecord(where + line, "malformed JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      return List.of(new ReadResult.BadRecord(where, "unreadable: " + e.getMessage()));
    }
    if (root == null || root.isMissingNode()) {
      return List.of(new ReadResult.BadRecord(where, "empty"));
    }
    if (root.isArray()) {
      if (root.isEmpty()) {
        return List.of(new ReadResult.BadRecord(where, "an empty JSON array: no document"));
      }
      List<ReadResult> out = new ArrayList<>(root.size());
      for (int i = 0; i < root.size(); i++) {
        out.add(
            JsonRecord.fromNode(root.get(i), where + "[" + i + "]", where, id + "-" + (i + 1), o));
      }
      return out;
    }
    if (!root.isObject()) {
      return List.of(
          new ReadResult.BadRecord(where, "neither a JSON object nor an array of objects"));
    }
    return List.of(JsonRecord.fromNode(root, where, where, id, o));
  }
}
