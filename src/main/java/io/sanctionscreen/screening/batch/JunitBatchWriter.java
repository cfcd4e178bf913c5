package io.sanctionscreen.screening.batch;

import io.sanctionscreen.screening.Outcome;
import io.sanctionscreen.screening.ScreenResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JUnit XML, which CI systems display: the batch is a test suite, each row a test case named
 * by its row and name; a BLOCK row (and a REVIEW row, if asked) is a failure with the reason, a bad
 * row an error. The suite's counts ({@code tests}, {@code failures}, {@code errors}, {@code time})
 * are attributes and its {@code properties} (the counts by outcome, and what the caller adds: list
 * versions, measures version) come first, as the common JUnit schema has it, so the test cases are
 * held until the end and written then.
 */
final class JunitBatchWriter implements BatchWriter {

  private final Writer target;
  private final ReportFormat.FailOn failOn;
  private final String suite;
  private final Map<String, String> properties;
  private final StringBuilder out = new StringBuilder();
  private long start;

  JunitBatchWriter(
      OutputStream out, ReportFormat.FailOn failOn, String suite, Map<String, String> properties) {
    this.target = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.failOn = failOn == null ? ReportFormat.FailOn.BLOCK : failOn;
    this.suite = suite;
    this.properties = properties == null ? Map.of() : properties;
  }

  @Override
  public void start() {
    start = System.nanoTime();
  }

  @Override
  public void write(BatchRow row) throws IOException {
    ScreenResponse r = row.response();
    String name =
        row.row()
            + " "
            + row.name()
            + (row.reference().isEmpty() ? "" : " [" + row.reference() + "]");
    String purpose =
        r == null || r.purpose() == null ? "any" : r.purpose().name().toLowerCase(Locale.ROOT);
    out.append(
        "  <testcase classname=\"screening." + xml(purpose) + "\" name=\"" + xml(name) + "\">\n");
    if (r == null) {
      out.append("    <error message=\"" + xml("row " + row.row() + ": " + row.error()) + "\"/>\n");
    } else if (fails(r.outcome())) {
      String top = r.hits().isEmpty() ? "" : r.hits().get(0).entityId();
      out.append(
          "    <failure type=\""
              + r.outcome()
              + "\" message=\""
              + xml(r.outcome() + " " + top)
              + "\">"
              + xml(r.reason())
              + "\nscreeningId "
              + r.screeningId()
              + "</failure>\n");
    } else {
      out.append("    <system-out>")
          .append(xml(r.outcome() + ": " + r.reason() + "\nscreeningId " + r.screeningId()))
          .append("</system-out>\n");
    }
    out.append("  </testcase>\n");
  }

  private boolean fails(Outcome o) {
    return o == Outcome.BLOCK || (o == Outcome.REVIEW && failOn == ReportFormat.FailOn.REVIEW);
  }

  @Override
  public void finish(Summary s, String abort) throws IOException {
    if (abort != null) {
      out.append("  <testcase classname=\"screening\" name=\"batch aborted\">\n");
      out.append("    <error message=\"" + xml(abort) + "\"/>\n  </testcase>\n");
    }
    int failures = s.block() + (failOn == ReportFormat.FailOn.REVIEW ? s.review() : 0);
    int errors = s.errors() + (abort == null ? 0 : 1);
    int tests = s.rows() + (abort == null ? 0 : 1);
    target.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    target.write(
        String.format(
            Locale.ROOT,
            "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"0\""
                + " time=\"%.3f\">%n",
            xml(suite),
            tests,
            failures,
            errors,
            (System.nanoTime() - start) / 1e9));
    Map<String, String> all = new LinkedHashMap<>();
    all.put("rows", Integer.toString(s.rows()));
    all.put("block", Integer.toString(s.block()));
    all.put("review", Integer.toString(s.review()));
    all.put("clear", Integer.toString(s.clear()));
    all.put("errors", Integer.toString(errors));
    all.put("failures", Integer.toString(failures));
    all.putAll(properties);
    target.write("  <properties>\n");
    for (Map.Entry<String, String> p : all.entrySet()) {
      target.write(
          "    <property name=\"" + xml(p.getKey()) + "\" value=\"" + xml(p.getValue()) + "\"/>\n");
    }
    target.write("  </properties>\n");
    target.write(out.toString());
    target.write("</testsuite>\n");
    target.flush();
  }

  /** Escapes text for XML attributes and content; drops characters XML 1.0 forbids. */
  static String xml(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
