package io.sanctionscreen.lists;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Configuration of list loading ({@code screening.lists.*}). */
@ConfigMapping(prefix = "screening.lists")
public interface ListsConfig {

  /** The bundled list snapshots imported on start-up when the database has no version of them. */
  @WithDefault("us-ofac-sdn,us-ofac-cons")
  List<String> bundled();

  /** Whether start-up imports the bundled snapshots of sources that have no version yet. */
  @WithDefault("true")
  boolean loadBundledOnStart();

  /**
   * Whether start-up loading runs in the background, so the HTTP server answers (liveness) while a
   * first start imports; readiness reports the lists as loading meanwhile.
   */
  @WithDefault("true")
  boolean loadInBackground();
}
