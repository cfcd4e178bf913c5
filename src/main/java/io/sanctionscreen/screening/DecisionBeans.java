package io.sanctionscreen.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.errors.MisconfiguredException;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.jboss.logging.Logger;

/** Wires the purpose decider from configuration and the measures table. */
public class DecisionBeans {

  private static final Logger LOG = Logger.getLogger(DecisionBeans.class);

  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
  PurposeDecider decider(DecisionsConfig decisions, ScreeningConfig screening, ObjectMapper json) {
    PurposeDecider d = newDecider(decisions, screening, json);
    LOG.infof("Measures table version %s", d.measuresVersion());
    return d;
  }

  /**
   * The purpose decider of a configuration: its measures table and thresholds, each purpose's
   * checked now (a bad configuration stops the start). The command line builds it without CDI.
   */
  public static PurposeDecider newDecider(
      DecisionsConfig decisions, ScreeningConfig screening, ObjectMapper json) {
    MeasuresTable table = table(decisions, json);
    // Validate every purpose's thresholds now: a bad configuration stops the start.
    for (Purpose p : Purpose.values()) {
      thresholds(p, decisions, screening);
    }
    return new PurposeDecider(
        table, p -> thresholds(p, decisions, screening), decisions.unrestrictedHitOutcome());
  }

  private static MeasuresTable table(DecisionsConfig config, ObjectMapper json) {
    if (config.measuresFile().isEmpty()) {
      return MeasuresTable.bundled(json);
    }
    Path file = Path.of(config.measuresFile().get());
    try (InputStream in = Files.newInputStream(file)) {
      return MeasuresTable.read(json, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the measures table " + file, e);
    }
  }

  static PurposeDecider.Thresholds thresholds(
      Purpose purpose, DecisionsConfig decisions, ScreeningConfig screening) {
    double review = screening.reviewThreshold();
    double block = decisions.blockThreshold();
    if (purpose != null) {
      DecisionsConfig.PurposeThresholds p =
          decisions.purposes().get(purpose.name().toLowerCase(Locale.ROOT));
      if (p != null) {
        review = p.reviewThreshold().orElse(review);
        block = p.blockThreshold().orElse(block);
      }
    }
    try {
      return new PurposeDecider.Thresholds(review, block);
    } catch (IllegalArgumentException e) {
      throw new MisconfiguredException(
          "configuration", "Invalid thresholds", "purpose " + purpose + ": " + e.getMessage());
    }
  }
}
