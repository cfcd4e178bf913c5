package io.sanctionscreen.errors;

/**
 * The service's own configuration does not allow the request to be carried out (thresholds that
 * contradict each other, say); the caller did nothing wrong and an operator must fix it.
 */
public class MisconfiguredException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public MisconfiguredException(String code, String title, String detail) {
    super(code, title, detail, null);
  }
}
