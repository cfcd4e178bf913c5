package io.sanctionscreen.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanctionscreen.index.IndexConfig;
import io.sanctionscreen.index.IndexService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it built an index generation leaves files behind; the next start must not
 * serve them. A generation without its manifest (written last) is incomplete: start-up deletes it.
 */
class IndexRestartTest {

  @TempDir Path dataDir;

  @Test
  void startUpDeletesGenerationsAnEarlierRunLeftBehind() throws IOException {
    Path indexDir = dataDir.resolve("index");
    // A generation cut off mid-write (segment files, no commit point) and a complete-looking one.
    Path halfBuilt = Files.createDirectories(indexDir.resolve("generation-1234"));
    Files.write(halfBuilt.resolve("_0.fdt"), new byte[] {1, 2, 3});
    Path older = Files.createDirectories(indexDir.resolve("generation-99"));
    Files.write(older.resolve("segments_1"), new byte[] {4, 5, 6});

    IndexService service = new IndexService(null, null, config(indexDir), null, null, null);

    assertThat(halfBuilt).doesNotExist();
    assertThat(older).doesNotExist();
    // Nothing is served until a generation is built from the database.
    assertThat(service.current()).isEmpty();
  }

  private static IndexConfig config(Path directory) {
    return new IndexConfig() {
      @Override
      public int candidatePool() {
        return 200;
      }

      @Override
      public String directory() {
        return directory.toString();
      }

      @Override
      public String pollInterval() {
        return "30s";
      }
    };
  }
}
