package io.sanctionscreen.web;

import java.io.IOException;

/**
 * A request body without a declared length went past {@code screening.limits.max-body-size} while
 * it was read. An {@link IOException}, so that JSON and CSV readers pass it on unchanged.
 */
public class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("The request body is larger than the limit of " + limit + " bytes");
    this.limit = limit;
  }

  /** The limit in bytes. */
  public long limit() {
    return limit;
  }
}
