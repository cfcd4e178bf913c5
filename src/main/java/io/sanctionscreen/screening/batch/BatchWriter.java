package io.sanctionscreen.screening.batch;

import io.sanctionscreen.screening.Outcome;
import java.io.IOException;

/** Writes batch results as they are produced, in one of the report formats. */
public interface BatchWriter {

  /** Called once before the first row. */
  void start() throws IOException;

  /** Writes one row. */
  void write(BatchRow row) throws IOException;

  /**
   * Called once after the last row; {@code abort} is non-null if the batch stopped early (the audit
   * trail could not be written), and says why.
   */
  void finish(Summary summary, String abort) throws IOException;

  /**
   * Counts of a batch.
   *
   * @param rows rows read
   * @param block rows whose outcome is BLOCK
   * @param review rows whose outcome is REVIEW
   * @param clear rows whose outcome is CLEAR
   * @param errors rows that could not be screened
   */
  record Summary(int rows, int block, int review, int clear, int errors) {

    /** The summary with one more row. */
    public Summary plus(BatchRow r) {
      if (r.response() == null) {
        return new Summary(rows + 1, block, review, clear, errors + 1);
      }
      Outcome o = r.response().outcome();
      return new Summary(
          rows + 1,
          block + (o == Outcome.BLOCK ? 1 : 0),
          review + (o == Outcome.REVIEW ? 1 : 0),
          clear + (o == Outcome.CLEAR ? 1 : 0),
          errors);
    }
  }
}
