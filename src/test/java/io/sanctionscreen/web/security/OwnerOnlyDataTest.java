package io.sanctionscreen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The running service keeps its data directory (index, imports) to its own user. */
@QuarkusTest
class OwnerOnlyDataTest {

  @ConfigProperty(name = "screening.data-dir")
  String dataDir;

  @Test
  void noOtherUserCanEnterTheDataDirectory() throws IOException {
    Path data = Path.of(dataDir);
    // Files written later (a new index generation) lie below these: no other user gets there.
    for (Path d : List.of(data, data.resolve("index"), data.resolve("imports"))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d)))
          .as("permissions of %s", d)
          .isEqualTo("rwx------");
    }
  }
}
