package io.sanctionscreen.errors;

/** A service this one depends on (a list publisher's download address) failed or timed out. */
public class UpstreamException extends ServiceException {

  private static final long serialVersionUID = 1L;

  private final boolean timedOut;

  public UpstreamException(String code, String title, String detail, boolean timedOut) {
    super(code, title, detail, null);
    this.timedOut = timedOut;
  }

  /** Whether the dependency did not answer in time (rather than answering with an error). */
  public boolean timedOut() {
    return timedOut;
  }
}
