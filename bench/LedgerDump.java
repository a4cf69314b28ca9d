import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.entente.store.Ledger;

/**
 * Prints the canonical dump of a ledger ({@link Ledger#canonicalDump}: its content without
 * timestamps, rows sorted): two ledgers with equal dumps hold the same content. Used by
 * bench/ingest-same.sh to check that two builds ingest a corpus into the same ledger.
 * Usage: java -cp entente.jar bench/LedgerDump.java LEDGER
 */
public final class LedgerDump {

  public static void main(String[] args) {
    try (Ledger ledger = Ledger.openExisting(args[0]);
        PrintWriter out =
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      out.print(ledger.canonicalDump());
    }
  }
}
