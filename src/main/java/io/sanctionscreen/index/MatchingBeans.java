package io.sanctionscreen.index;

import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NameScorer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java matching classes injectable; they stay free of CDI themselves. */
public class MatchingBeans {

  @Produces
  @Singleton
  NameNormalizer normalizer() {
    return new NameNormalizer();
  }

  @Produces
  @Singleton
  NameSearcher searcher(IndexConfig config) {
    return newSearcher(config);
  }

  /** The searcher of a configuration; the command line builds it without CDI. */
  public static NameSearcher newSearcher(IndexConfig config) {
    NameSearcher.Params defaults = NameSearcher.Params.DEFAULT;
    return new NameSearcher(
        new NameScorer(NameScorer.Params.DEFAULT),
        new NameSearcher.Params(
            config.candidatePool(), defaults.typeMismatchFactor(), defaults.weakAliasFactor()));
  }
}
