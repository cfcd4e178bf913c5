package io.sanctionscreen.screening;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bounds on what one request may hold ({@code screening.limits.*}): the name screening checks, the
 * body size web's request filter checks. The batch size is {@code screening.batch.max-rows}, the
 * list upload size {@code screening.lists.max-file-size} and the request rate per caller {@code
 * screening.security.rate-limit-*}.
 */
@ConfigMapping(prefix = "screening.limits")
public interface LimitsConfig {

  /**
   * The largest request body, except list uploads (bounded by {@code
   * screening.lists.max-file-size}); a larger one gets 413 before it is read.
   */
  @WithDefault("10M")
  MemorySize maxBodySize();

  /** The longest name screened, in characters, at most {@value ScreenRequest#MAX_NAME_LENGTH}. */
  @WithDefault("500")
  int maxNameLength();
}
