package org.entente.store.stories;

import java.nio.ByteBuffer;
import org.entente.store.identity.Words;

/**
 * MinHash signatures over word shingles, for near-duplicate detection.
 *
 * <p>The text is normalised ({@link Words#normalise}), cut into overlapping {@value #SHINGLE}-word
 * shingles, each hashed once to 64 bits; the {@value #HASHES} signature slots are the minima of
 * {@code a_i * h + b_i} (odd multipliers, fixed seeds), so a signature costs one hash per shingle
 * and {@value #HASHES} multiply-adds. Two signatures agree in a slot with probability equal to the
 * Jaccard similarity of the shingle sets. Immutable and thread-safe.
 */
public final class MinHash {

  /** Words per shingle. */
  public static final int SHINGLE = 3;

  /** Signature length. */
  public static final int HASHES = 64;

  private static final long[] A = new long[HASHES];
  private static final long[] B = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + 0x632BE59BD9B4E019L);
      A[i] = s | 1L;
      s = mix(s + 0x632BE59BD9B4E019L);
      B[i] = s;
    }
  }

  private MinHash() {}

  /**
   * The signature of {@code text}; texts with fewer words than a shingle hash their words. Equal to
   * shingling the words of {@link Words#normalise}{@code (text)} by their {@link String#hashCode},
   * computed in one pass without building the normalised text or its words.
   */
  public static int[] signature(String text) {
    int[] words = Words.wordHashes(text);
    int n = words[0];
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE ^ Long.MIN_VALUE); // Long.MAX_VALUE, shifted
    int shingles = Math.max(n - SHINGLE + 1, n == 0 ? 0 : 1);
    for (int i = 0; i < shingles; i++) {
      long h = 0x84222325CBF29CE4L;
      for (int k = i; k < Math.min(n, i + SHINGLE); k++) {
        h = mix(h ^ words[k + 1]) + k - i;
      }
      // Unsigned minimum as a signed one of values shifted by Long.MIN_VALUE: one compare a slot.
      for (int j = 0; j < HASHES; j++) {
        long v = (A[j] * h + B[j]) ^ Long.MIN_VALUE;
        if (v < min[j]) {
          min[j] = v;
        }
      }
    }
    int[] sig = new int[HASHES];
    for (int j = 0; j < HASHES; j++) {
      sig[j] = (int) ((min[j] ^ Long.MIN_VALUE) >>> 32);
    }
    return sig;
  }

  /** The estimated Jaccard similarity: the fraction of agreeing slots. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  public static byte[] toBytes(int[] sig) {
    ByteBuffer b = ByteBuffer.allocate(sig.length * 4);
    for (int v : sig) {
      b.putInt(v);
    }
    return b.array();
  }

  public static int[] fromBytes(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int[] sig = new int[bytes.length / 4];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = b.getInt();
    }
    return sig;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
