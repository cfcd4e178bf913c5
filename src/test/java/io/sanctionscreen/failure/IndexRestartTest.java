package io.sanctionscreen.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanctionscreen.index.GenerationFiles;
import io.sanctionscreen.index.IndexBuilder;
import io.sanctionscreen.index.IndexConfig;
import io.sanctionscreen.index.IndexEntries;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.lists.BundledList;
import io.sanctionscreen.lists.model.ParsedList;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NameScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it built an index generation leaves files behind; the next start must not
 * serve them. A generation without its manifest (written last) is incomplete: start-up deletes it.
 * A complete one is reused only for the list versions and contents it names.
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

  @Test
  void aStoredGenerationIsReusedOnlyForTheVersionsAndContentItWasBuiltFrom() throws IOException {
    ParsedList list = BundledList.load("us-ofac-cons").parse();
    List<IndexGeneration.SourceVersion> versions =
        List.of(
            new IndexGeneration.SourceVersion(
                "us-ofac-cons", 7, list.listDate(), list.entries().size()));
    Map<String, String> hashes = Map.of("us-ofac-cons", list.contentHash());
    NameNormalizer normalizer = new NameNormalizer();
    IndexGeneration built =
        new IndexBuilder(normalizer, dataDir.resolve("index"))
            .build(IndexEntries.of(list), versions);
    GenerationFiles.Manifest stored = GenerationFiles.persist(built, hashes);
    Path dir = dataDir.resolve("index").toFile().listFiles()[0].toPath();

    assertThat(GenerationFiles.manifest(dir)).isEqualTo(stored);
    assertThat(stored.matches(versions, hashes)).isTrue();
    // Another version id, another content or another source: rebuilt, not reused.
    assertThat(
            stored.matches(
                List.of(
                    new IndexGeneration.SourceVersion(
                        "us-ofac-cons", 8, list.listDate(), list.entries().size())),
                hashes))
        .isFalse();
    assertThat(stored.matches(versions, Map.of("us-ofac-cons", "0".repeat(64)))).isFalse();
    assertThat(stored.matches(List.of(), Map.of())).isFalse();

    // Reopened, it answers as the generation it was built as.
    IndexGeneration reopened = GenerationFiles.open(dir, versions);
    NameSearcher searcher = new NameSearcher(new NameScorer(), NameSearcher.Params.DEFAULT);
    for (String name : List.of("SenseTime Group Ltd", "Sense Time Group Limited", "Huawei")) {
      NameSearcher.Request q = new NameSearcher.Request(normalizer.normalize(name), null, 0.7, 10);
      assertThat(describe(searcher.search(reopened, q)))
          .as(name)
          .isEqualTo(describe(searcher.search(built, q)));
    }
    assertThat(
            describe(
                searcher.search(
                    reopened,
                    new NameSearcher.Request(
                        normalizer.normalize("SenseTime Group Ltd"), null, 0.82, 1))))
        .containsExactly("us-ofac-cons:33114 1.000");
    assertThat(reopened.entryCount()).isEqualTo(built.entryCount());
    assertThat(reopened.nameCount()).isEqualTo(built.nameCount());

    // A manifest cut off (written last, so a crash before it) makes the directory incomplete.
    Files.delete(dir.resolve(GenerationFiles.MANIFEST));
    assertThat(GenerationFiles.manifest(dir)).isNull();
  }

  private static List<String> describe(List<NameSearcher.Hit> hits) {
    return hits.stream()
        .map(h -> h.entry().entityId() + " " + String.format(Locale.ROOT, "%.3f", h.score()))
        .toList();
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
