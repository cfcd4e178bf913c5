package io.sanctionscreen.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What a screening returns when the request does not say ({@code screening.matching.*}): the score
 * a hit needs to be returned, and how many hits. The decisions by purpose are {@link
 * DecisionsConfig} ({@code screening.decisions.*}).
 */
@ConfigMapping(prefix = "screening.matching")
public interface ScreeningConfig {

  /**
   * Score at or above which a hit needs review (below it the hit does not count); the default of
   * the hits returned. Tuned with the evaluation (see README).
   */
  @WithDefault("0.82")
  double reviewThreshold();

  /** Number of hits returned when the request does not say. */
  @WithDefault("10")
  int defaultLimit();
}
