package org.entente.pipeline.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A decompressing stream that ends, instead of throwing, where its compressed data break off (a
 * truncated download, a corrupt block): every byte inflated before the break is delivered, then the
 * stream reports its end and keeps the failure for {@link #failure()}. {@code InflaterInputStream}
 * throws only from a read that could inflate nothing, so no decompressed byte is lost. Not
 * thread-safe.
 */
final class CompressedInput extends FilterInputStream {

  private String failure;

  CompressedInput(InputStream decompressing) {
    super(decompressing);
  }

  /** Why the data ended early, or null when they ended normally (or have not ended yet). */
  String failure() {
    return failure;
  }

  @Override
  public int read() throws IOException {
    if (failure != null) {
      return -1;
    }
    try {
      return super.read();
    } catch (IOException e) {
      failure = describe(e);
      return -1;
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (failure != null) {
      return -1;
    }
    try {
      return super.read(b, off, len);
    } catch (IOException e) {
      failure = describe(e);
      return -1;
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e instanceof java.io.EOFException
        ? "compressed data end early (truncated file)"
        : "compressed data are corrupt (" + (m == null ? e.getClass().getSimpleName() : m) + ")";
  }
}
