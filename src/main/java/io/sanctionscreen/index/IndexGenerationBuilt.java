package io.sanctionscreen.index;

import java.time.Instant;
import java.util.List;

/**
 * Announces a new index generation swapped in on this replica. The index's meters observe it; it
 * carries numbers, not the generation, which stays the index's to hold and release.
 *
 * @param entries list entries in the generation
 * @param names names (aliases included) in the generation
 * @param builtAt when the build finished
 * @param buildMillis how long the build took
 * @param versions the list version of each source the generation serves
 */
public record IndexGenerationBuilt(
    int entries,
    int names,
    Instant builtAt,
    long buildMillis,
    List<IndexGeneration.SourceVersion> versions) {

  public IndexGenerationBuilt {
    versions = List.copyOf(versions);
  }

  static IndexGenerationBuilt of(IndexGeneration g) {
    return new IndexGenerationBuilt(
        g.entryCount(), g.nameCount(), g.builtAt(), g.buildMillis(), g.versions());
  }
}
