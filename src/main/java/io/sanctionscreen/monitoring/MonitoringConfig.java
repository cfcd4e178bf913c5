package io.sanctionscreen.monitoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ongoing monitoring ({@code screening.monitoring.*}): who may add parties, and re-screen jobs. */
@ConfigMapping(prefix = "screening.monitoring")
public interface MonitoringConfig {

  /** Whether callers with the screener role (client systems) may add parties to a watchlist. */
  @WithDefault("false")
  boolean screenersMayAddParties();

  /** The most parties one request may add. */
  @WithDefault("10000")
  int maxPartiesPerRequest();

  /** The most parties a watchlist may hold. */
  @WithDefault("1000000")
  long maxPartiesPerWatchlist();

  /** Parties screened per transaction of a re-screen job (its progress is stored after each). */
  @WithDefault("500")
  int rescreenChunk();

  /**
   * How long a replica holds a re-screen job without renewing its lease before another resumes it.
   */
  @WithDefault("60s")
  java.time.Duration rescreenLease();

  /** How often a replica looks for re-screen jobs to run. */
  @WithDefault("2s")
  String rescreenPoll();
}
