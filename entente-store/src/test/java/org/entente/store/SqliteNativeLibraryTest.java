package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/**
 * SQLite's native library is loaded from the user's cache, copied there once, whole: the ledger
 * opens and answers with it.
 */
class SqliteNativeLibraryTest {

  @TempDir Path dir;

  @Test
  void theDriverLoadsTheCachedCopyOfItsLibrary() throws Exception {
    try (Ledger ledger = Ledger.open(dir.resolve("n.db").toString())) {
      assertThat(new Listings(ledger).totals().documents()).isZero();
    }
    String path = System.getProperty("org.sqlite.lib.path");
    String name = System.getProperty("org.sqlite.lib.name");
    assertThat(path).endsWith("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
    Path lib = Path.of(path, name);
    assertThat(lib).isRegularFile();
    assertThat(System.getProperty("org.sqlite.tmpdir")).isEqualTo(path);
    assertThat(SQLiteJDBCLoader.isNativeMode()).isTrue();
    String resource =
        "/org/sqlite/native/"
            + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS()
            + "/"
            + name;
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      assertThat(Files.readAllBytes(lib)).isEqualTo(in.readAllBytes());
    }
    // a second call changes nothing
    SqliteNativeLibrary.prepare();
    assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(path);
  }
}
