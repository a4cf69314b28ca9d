package org.entente.pipeline.gazetteer;

/**
 * A gazetteer resource file is malformed. The message names the file, the line and the offending
 * value, so that the person who edited it can fix it.
 */
public final class GazetteerException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  GazetteerException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }

  GazetteerException(String message) {
    super(message);
  }
}
