package org.entente.store;

/** A database failure, with the statement that failed. Unchecked. */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String what, Throwable cause) {
    super(what + ": " + cause.getMessage(), cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
