package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where SQLite's native library is loaded from. Left alone, sqlite-jdbc copies it out of its jar
 * into the temporary folder under a new name at every start, reads the copy back byte by byte to
 * check it and scans the folder for stale copies: about 0.2 s of CPU per command
 * (bench/results/digest.txt). Here it is copied once per driver version into the user's cache
 * ({@code $XDG_CACHE_HOME/entente}, else {@code ~/.cache/entente}) and loaded from there ({@code
 * org.sqlite.lib.path}; that folder is also the driver's {@code org.sqlite.tmpdir}, which it
 * scans). When anything fails, or the library path is set already, the driver does as it does by
 * itself. Thread-safe.
 */
final class SqliteNativeLibrary {

  private static boolean done;

  private SqliteNativeLibrary() {}

  /** Called before the first SQLite connection of the JVM; later calls do nothing. */
  static synchronized void prepare() {
    if (done) {
      return;
    }
    done = true;
    if (System.getProperty("org.sqlite.lib.path") != null
        || System.getProperty("org.sqlite.lib.name") != null) {
      return;
    }
    try {
      String name = System.mapLibraryName("sqlitejdbc");
      if (name.endsWith(".jnilib")) {
        name = name.replace(".jnilib", ".dylib");
      }
      String resource =
          "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
      Path dir = cacheFolder().resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
      Path lib = dir.resolve(name);
      if (!Files.isRegularFile(lib)) {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
          if (in == null) {
            return;
          }
          Files.createDirectories(dir);
          // Written aside, then moved in place: a concurrent start never loads half a file.
          Path part = Files.createTempFile(dir, name, ".part");
          try {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE);
          } finally {
            Files.deleteIfExists(part);
          }
        }
      }
      System.setProperty("org.sqlite.lib.path", dir.toString());
      System.setProperty("org.sqlite.lib.name", name);
      // the driver scans its temporary folder for stale copies at every start: this one holds none
      if (System.getProperty("org.sqlite.tmpdir") == null) {
        System.setProperty("org.sqlite.tmpdir", dir.toString());
      }
    } catch (IOException | RuntimeException e) {
      // the driver extracts its library itself, as it does without this class
    }
  }

  private static Path cacheFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "entente");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "entente");
  }
}
