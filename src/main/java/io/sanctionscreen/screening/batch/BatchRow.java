package io.sanctionscreen.screening.batch;

import io.sanctionscreen.screening.ScreenRequest;
import io.sanctionscreen.screening.ScreenResponse;

/**
 * One row of a batch: its number in the input (from 1), what was asked, and either the answer or
 * what was wrong with the row.
 *
 * @param row the row number, from 1 (the CSV header is not counted)
 * @param request the request read from the row, null if it could not be read
 * @param response the screening's answer, null for a bad row
 * @param error what was wrong with the row, null for a screened row
 */
public record BatchRow(int row, ScreenRequest request, ScreenResponse response, String error) {

  /** A row that could not be screened. */
  public static BatchRow bad(int row, ScreenRequest request, String error) {
    return new BatchRow(row, request, null, error);
  }

  /** The name as given, or empty. */
  public String name() {
    return request == null || request.name() == null ? "" : request.name();
  }

  /** The caller's reference, or empty. */
  public String reference() {
    return request == null || request.reference() == null ? "" : request.reference();
  }
}
