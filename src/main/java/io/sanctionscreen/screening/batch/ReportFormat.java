package io.sanctionscreen.screening.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/** The formats a batch report is written in. */
public enum ReportFormat {
  /** JSON: {"results": [...], "summary": {...}}. */
  JSON("application/json"),
  /** CSV, one line per row, cells safe to open in a spreadsheet. */
  CSV("text/csv"),
  /** JUnit XML: each row a test case, BLOCK (or REVIEW) a failure, a bad row an error. */
  JUNIT("application/xml");

  private final String mediaType;

  ReportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type of the format. */
  public String mediaType() {
    return mediaType;
  }

  /** The format for a name (json, csv, junit) or null if unknown. */
  public static ReportFormat of(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  /** A writer of this format. */
  public BatchWriter writer(OutputStream out, ObjectMapper json, FailOn failOn, String suite) {
    return writer(out, json, failOn, suite, Map.of());
  }

  /**
   * A writer of this format that also states the given facts about the run (the list versions and
   * their content hashes, the measures version): JUnit suite properties, a JSON {@code properties}
   * object; CSV has no place for them.
   */
  public BatchWriter writer(
      OutputStream out,
      ObjectMapper json,
      FailOn failOn,
      String suite,
      Map<String, String> properties) {
    return switch (this) {
      case JSON -> new JsonBatchWriter(out, json, properties);
      case CSV -> new CsvBatchWriter(out);
      case JUNIT -> new JunitBatchWriter(out, failOn, suite, properties);
    };
  }

  /** Which outcomes make a row fail in CI (JUnit failures, the command's exit code). */
  public enum FailOn {
    /** Only BLOCK fails. */
    BLOCK,
    /** BLOCK and REVIEW fail. */
    REVIEW;

    /** Parses block or review, case-insensitively; null if neither. */
    public static FailOn of(String s) {
      try {
        return s == null ? null : valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
