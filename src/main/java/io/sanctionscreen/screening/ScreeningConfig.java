package io.sanctionscreen.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of screening decisions ({@code screening.matching.*}). */
@ConfigMapping(prefix = "screening.matching")
public interface ScreeningConfig {

  /** Score at or above which a hit needs review (and below which the outcome is CLEAR). */
  @WithDefault("0.80")
  double reviewThreshold();

  /** Score at or above which a hit is a MATCH. */
  @WithDefault("0.93")
  double matchThreshold();

  /** Number of hits returned when the request does not say. */
  @WithDefault("10")
  int defaultLimit();
}
