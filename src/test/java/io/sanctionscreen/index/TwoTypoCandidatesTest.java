package io.sanctionscreen.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanctionscreen.lists.BundledList;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.ParsedList;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NameScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word no listed name holds, typed with two errors that no one-deletion variant or rare trigram
 * finds, still brings its listed word into the candidate pool; a listed word costs no such route.
 * On the bundled OFAC SDN list.
 */
class TwoTypoCandidatesTest {

  @TempDir Path dataDir;

  @Test
  void aLongWordTypedWithTwoErrorsIsACandidate() throws IOException {
    ParsedList list = BundledList.load("us-ofac-sdn").parse();
    NameNormalizer normalizer = new NameNormalizer();
    IndexGeneration g =
        new IndexBuilder(normalizer, dataDir.resolve("index"))
            .build(
                IndexEntries.of(list),
                List.of(
                    new IndexGeneration.SourceVersion(
                        "us-ofac-sdn", 1, list.listDate(), list.entries().size())));
    try {
      NameSearcher searcher = new NameSearcher(new NameScorer(), NameSearcher.Params.DEFAULT);
      // Two letters swapped and one changed in "PJSC TRANSCONTAINER" (SDN 47594).
      List<NameSearcher.Hit> hits =
          searcher.search(
              g,
              new NameSearcher.Request(
                  normalizer.normalize("PJSC TRASNCONSAINER"), EntryType.ORGANIZATION, 0.82, 5));
      assertThat(hits).extracting(h -> h.entry().entityId()).contains("us-ofac-sdn:47594");

      var reader = g.searcher();
      assertThat(
              NameSearcher.candidateQuery(
                      normalizer.normalize("PJSC TRASNCONSAINER"), g.weights(), reader)
                  .toString())
          .contains("trasnconsainer~2");
      // The listed spelling, and a word too short for two edits, take no two-edit route.
      assertThat(
              NameSearcher.candidateQuery(
                      normalizer.normalize("PJSC TRANSCONTAINER"), g.weights(), reader)
                  .toString())
          .doesNotContain("~2");
      assertThat(
              NameSearcher.candidateQuery(normalizer.normalize("Paay NOFL"), g.weights(), reader)
                  .toString())
          .doesNotContain("~2");
    } finally {
      g.release();
    }
  }
}
