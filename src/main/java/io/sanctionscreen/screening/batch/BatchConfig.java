package io.sanctionscreen.screening.batch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of batch screening ({@code screening.batch.*}). */
@ConfigMapping(prefix = "screening.batch")
public interface BatchConfig {

  /** The most rows one batch may hold; rows beyond it are reported, not screened. */
  @WithDefault("100000")
  int maxRows();

  /** Rows screened and recorded per transaction: a failure loses at most this many answers. */
  @WithDefault("200")
  int chunkSize();
}
