package io.sanctionscreen.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Configuration of purpose-aware decisions ({@code screening.decisions.*}). */
@ConfigMapping(prefix = "screening.decisions")
public interface DecisionsConfig {

  /** Score at or above which a hit whose measures restrict the purpose is a BLOCK. */
  @WithDefault("0.90")
  double blockThreshold();

  /**
   * Per-purpose thresholds, keyed by purpose in lower case: {@code
   * screening.decisions.purposes.payment.block-threshold=0.95}. Unset values take the general block
   * threshold and {@code screening.matching.review-threshold}.
   */
  Map<String, PurposeThresholds> purposes();

  /**
   * The outcome of a hit at or above the review threshold whose measures do not restrict the
   * purpose (SenseTime, on the NS-CMIC list, for a payment): REVIEW lets a person confirm, CLEAR
   * lets it pass with the listing reported.
   */
  @WithDefault("REVIEW")
  Outcome unrestrictedHitOutcome();

  /** A measures table (JSON, the format of decisions/measures.json) replacing the bundled one. */
  Optional<String> measuresFile();

  /** Thresholds of one purpose. */
  interface PurposeThresholds {

    /** Score at or above which a restricting hit is a BLOCK for this purpose. */
    OptionalDouble blockThreshold();

    /** Score at or above which a hit needs review for this purpose. */
    OptionalDouble reviewThreshold();
  }
}
