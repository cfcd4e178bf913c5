package io.sanctionscreen.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How single screenings' audit records are committed together (group commit). */
@ConfigMapping(prefix = "screening.audit")
public interface AuditConfig {

  /** The most records one commit takes: the writer takes every record waiting, up to this. */
  @WithDefault("500")
  int groupCommitMaxRecords();

  /**
   * How long a screening waits for its record to be committed before it is refused (503): the
   * answer never leaves without its record.
   */
  @WithDefault("10s")
  Duration commitTimeout();
}
