package io.sanctionscreen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What lies under the data directory is the service user's alone. */
class DataDirectoryPermissionsTest {

  @TempDir Path tmp;

  @Test
  void everyDirectoryAndFileBelowBecomesOwnerOnly() throws IOException {
    Path data = tmp.resolve("data");
    Path db = Files.createDirectories(data.resolve("db"));
    Path mv = Files.writeString(db.resolve("screening.mv.db"), "hash and audit records");
    Files.setPosixFilePermissions(mv, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path index = data.resolve("index");

    DataDirectoryPermissions.secure(data);
    DataDirectoryPermissions.secure(index);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db)))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mv)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index)))
        .isEqualTo("rwx------");
  }
}
