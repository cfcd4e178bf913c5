package io.sanctionscreen.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the name index ({@code screening.index.*}). */
@ConfigMapping(prefix = "screening.index")
public interface IndexConfig {

  /** How many candidate names Lucene hands to the scorer per screening. */
  @WithDefault("200")
  int candidatePool();

  /** Where this replica writes its index generations (a cache, rebuilt from the database). */
  @WithDefault("${screening.data-dir:./data}/index")
  String directory();

  /**
   * How often a replica checks the database for list versions newer than its index, as a Quarkus
   * "every" expression ({@code 30s}); the first check comes one interval after start-up.
   */
  @WithDefault("30s")
  String pollInterval();
}
