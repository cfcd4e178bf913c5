package io.sanctionscreen.screening.batch;

import io.sanctionscreen.screening.Outcome;
import io.sanctionscreen.screening.ScreenResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes JUnit XML, which CI systems display: the batch is a test suite, each row a test case named
 * by its row and name; a BLOCK row (and a REVIEW row, if asked) is a failure with the reason, a bad
 * row an error. The counts go in a trailing {@code testsuites} summary because the suite streams.
 */
final class JunitBatchWriter implements BatchWriter {

  private final Writer out;
  private final ReportFormat.FailOn failOn;
  private final String suite;

  JunitBatchWriter(OutputStream out, ReportFormat.FailOn failOn, String suite) {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.failOn = failOn == null ? ReportFormat.FailOn.BLOCK : failOn;
    this.suite = suite;
  }

  @Override
  public void start() throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuite name=\"" + xml(suite) + "\">\n");
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
    out.write(
        "  <testcase classname=\"screening." + xml(purpose) + "\" name=\"" + xml(name) + "\">\n");
    if (r == null) {
      out.write("    <error message=\"" + xml("row " + row.row() + ": " + row.error()) + "\"/>\n");
    } else if (fails(r.outcome())) {
      String top = r.hits().isEmpty() ? "" : r.hits().get(0).entityId();
      out.write(
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
      out.write("    <system-out>" + xml(r.outcome() + ": " + r.reason()) + "</system-out>\n");
    }
    out.write("  </testcase>\n");
    out.flush();
  }

  private boolean fails(Outcome o) {
    return o == Outcome.BLOCK || (o == Outcome.REVIEW && failOn == ReportFormat.FailOn.REVIEW);
  }

  @Override
  public void finish(Summary s, String abort) throws IOException {
    if (abort != null) {
      out.write("  <testcase classname=\"screening\" name=\"batch aborted\">\n");
      out.write("    <error message=\"" + xml(abort) + "\"/>\n  </testcase>\n");
    }
    int failures = s.block() + (failOn == ReportFormat.FailOn.REVIEW ? s.review() : 0);
    out.write(
        String.format(
            Locale.ROOT,
            "  <properties><property name=\"rows\" value=\"%d\"/><property name=\"block\""
                + " value=\"%d\"/><property name=\"review\" value=\"%d\"/><property name=\"clear\""
                + " value=\"%d\"/><property name=\"errors\" value=\"%d\"/><property"
                + " name=\"failures\" value=\"%d\"/></properties>%n",
            s.rows(),
            s.block(),
            s.review(),
            s.clear(),
            s.errors() + (abort == null ? 0 : 1),
            failures));
    out.write("</testsuite>\n");
    out.flush();
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
