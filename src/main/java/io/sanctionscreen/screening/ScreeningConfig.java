package io.sanctionscreen.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of screening decisions ({@code screening.matching.*}). */
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
