import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.entente.store.stories.MinHash;
import org.entente.store.stories.StoryIndex;

/**
 * Replays a ledger's story assignment with the story index on the class path: reads {@code doc_id
 * TAB story_id TAB hex signature} lines in the order the documents were stored (see
 * bench/story-replay.sh), gives every document the story the writer would (the story found among
 * the documents before it, else its own id), and reports the documents whose story differs from the
 * one the ledger stored, the lookups' time (no database: signatures come from memory) and, when the
 * index tells, what a lookup read on average.
 */
public final class StoryReplay {

  public static void main(String[] args) throws Exception {
    List<String> ids = new ArrayList<>();
    List<String> stored = new ArrayList<>();
    List<int[]> sigs = new ArrayList<>();
    Map<String, int[]> byId = new HashMap<>();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    for (String line; (line = in.readLine()) != null; ) {
      String[] f = line.split("\t", -1);
      int[] sig = MinHash.fromBytes(HexFormat.of().parseHex(f[2]));
      ids.add(f[0]);
      stored.add(f[1]);
      sigs.add(sig);
      byId.put(f[0], sig);
    }
    StoryIndex index = new StoryIndex(StoryIndex.DEFAULT_THRESHOLD, byId::get);
    String[] names = {"walked", "scanned", "compared"};
    Method[] cost = new Method[names.length];
    for (int k = 0; k < names.length; k++) {
      try {
        cost[k] = StoryIndex.class.getMethod(names[k]);
      } catch (NoSuchMethodException e) {
        cost = null;
        break;
      }
    }
    long[] sums = new long[names.length];
    int differ = 0;
    int found = 0;
    long start = System.nanoTime();
    for (int i = 0; i < ids.size(); i++) {
      String s = index.find(sigs.get(i), ids.get(i));
      found += s == null ? 0 : 1;
      String story = s == null ? ids.get(i) : s;
      differ += story.equals(stored.get(i)) ? 0 : 1;
      if (cost != null) {
        for (int k = 0; k < names.length; k++) {
          sums[k] += (Integer) cost[k].invoke(index);
        }
      }
      index.add(ids.get(i), story, sigs.get(i));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%,d documents (threshold %.2f): %,d joined a story; %,d got another story than the"
            + " ledger's; lookups and adds %.1f s (%.0f a second)%n",
        ids.size(),
        StoryIndex.DEFAULT_THRESHOLD,
        found,
        differ,
        seconds,
        ids.size() / seconds);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "heap in use after a full GC: %,d KB (this replay's own signatures included; compare"
            + " builds on the same ledger)%n",
        (rt.totalMemory() - rt.freeMemory()) / 1024);
    if (index.size() != ids.size()) {
      throw new IllegalStateException("index holds " + index.size());
    }
    if (cost != null) {
      System.out.printf(
          "a lookup read on average: %.1f chain entries, %.1f block entries, compared %.1f"
              + " documents on their low bytes%n",
          (double) sums[0] / ids.size(),
          (double) sums[1] / ids.size(),
          (double) sums[2] / ids.size());
    }
  }
}
