package org.entente.spark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local file system sets the permissions Hadoop asks for, as chmod would. */
class LocalFilesTest {

  @TempDir Path dir;

  @Test
  void mapsOctalPermissionsToPosixSets() {
    assertThat(PosixFilePermissions.toString(LocalFiles.posix(new FsPermission((short) 0644))))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(LocalFiles.posix(new FsPermission((short) 0750))))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void createsFilesAndFoldersWithTheRequestedPermissions() throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", LocalFiles.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    try (FileSystem fs = FileSystem.get(dir.toUri(), conf)) {
      assertThat(fs).isInstanceOf(LocalFiles.class);
      org.apache.hadoop.fs.Path sub = new org.apache.hadoop.fs.Path(dir.toUri() + "/a/b");
      assertThat(fs.mkdirs(sub, new FsPermission((short) 0750))).isTrue();
      try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(sub, "part-0"))) {
        out.writeBytes("x");
      }
      fs.setPermission(
          new org.apache.hadoop.fs.Path(sub, "part-0"), new FsPermission((short) 0600));
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))))
        .isEqualTo("rwxr-x---");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part-0"))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve("a/b/part-0"))).isEqualTo("x");
  }
}
