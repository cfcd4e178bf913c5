package io.sanctionscreen.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanctionscreen.lists.BundledList;
import io.sanctionscreen.lists.model.ParsedList;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NameScorer;
import io.sanctionscreen.matching.TokenFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generation stored with its token table (format 4) and opened again holds the same features for
 * every listed token and answers every quality-gate query with the same hits and scores as the
 * generation it was built as.
 */
class StoredTokenFeaturesTest {

  @TempDir Path dataDir;

  @Test
  void aReopenedGenerationScoresAsItWasBuilt() throws IOException {
    ParsedList list = BundledList.load("un-sc").parse();
    List<IndexGeneration.SourceVersion> versions =
        List.of(
            new IndexGeneration.SourceVersion("un-sc", 1, list.listDate(), list.entries().size()));
    NameNormalizer normalizer = new NameNormalizer();
    IndexGeneration built =
        new IndexBuilder(normalizer, dataDir.resolve("index"))
            .build(IndexEntries.of(list), versions);
    GenerationFiles.persist(built, Map.of("un-sc", list.contentHash()));
    IndexGeneration reopened = GenerationFiles.open(built.path(), versions);

    assertThat(reopened.tokenFeatures().keySet()).isEqualTo(built.tokenFeatures().keySet());
    assertThat(built.tokenFeatures()).hasSizeGreaterThan(1000);
    for (Map.Entry<String, TokenFeatures> e : built.tokenFeatures().entrySet()) {
      TokenFeatures a = e.getValue();
      TokenFeatures b = reopened.tokenFeatures().get(e.getKey());
      assertThat(List.of(b.flags(), b.variant() + "", b.key(), b.phonetic(), b.alternate()))
          .as(e.getKey())
          .isEqualTo(List.of(a.flags(), a.variant() + "", a.key(), a.phonetic(), a.alternate()));
    }

    NameSearcher searcher = new NameSearcher(new NameScorer(), NameSearcher.Params.DEFAULT);
    int compared = 0;
    int withHits = 0;
    for (String file : List.of("/eval/gate-dev.csv", "/eval/gate-dev-hard.csv")) {
      try (InputStream in = getClass().getResourceAsStream(file)) {
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
          String rest = lines[i].substring(lines[i].indexOf(',') + 1);
          String name =
              rest.startsWith("\"")
                  ? rest.substring(1, rest.indexOf("\",", 1))
                  : rest.substring(0, rest.indexOf(','));
          NameSearcher.Request q =
              new NameSearcher.Request(normalizer.normalize(name), null, 0.5, 10);
          List<String> fromBuilt = describe(searcher.search(built, q));
          assertThat(describe(searcher.search(reopened, q))).as(name).isEqualTo(fromBuilt);
          compared++;
          withHits += fromBuilt.isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(compared).isGreaterThan(600);
    assertThat(withHits).isGreaterThan(50);
    reopened.release();
    built.release();
  }

  private static List<String> describe(List<NameSearcher.Hit> hits) {
    return hits.stream()
        .map(h -> h.entry().entityId() + " " + h.nameOrdinal() + " " + h.score())
        .toList();
  }
}
