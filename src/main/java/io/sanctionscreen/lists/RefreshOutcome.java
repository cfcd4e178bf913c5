package io.sanctionscreen.lists;

/** How the last refresh of a source from its download address ended. */
public enum RefreshOutcome {
  /** Started and not ended yet (or the process running it stopped). */
  RUNNING,
  /** Downloaded and imported as a new version. */
  IMPORTED,
  /** Downloaded; the content equals the active version, so nothing was imported. */
  UNCHANGED,
  /** Downloaded but refused: malformed, truncated, wrong format or shrunk too much. */
  REJECTED,
  /** The download failed: unreachable, timed out, an HTTP error, too large. */
  FAILED,
  /** No download address: none is configured and the official one is disabled or needs a token. */
  NOT_CONFIGURED
}
