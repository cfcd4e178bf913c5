package io.sanctionscreen.screening.batch;

import io.sanctionscreen.screening.ScreenResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV line per row. Every cell a spreadsheet could read as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @} or a look-alike of one, a tab or a line break) is
 * prefixed with a quote: a name on a list is attacker-controlled text.
 */
final class CsvBatchWriter implements BatchWriter {

  static final List<String> HEADER =
      List.of(
          "row",
          "reference",
          "name",
          "purpose",
          "outcome",
          "top_entity_id",
          "top_name",
          "top_matched_name",
          "top_score",
          "top_programs",
          "hits",
          "reason",
          "screening_id",
          "error");

  private final Writer writer;
  private final CSVPrinter printer;

  CsvBatchWriter(OutputStream out) {
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell with any leading formula character neutralized: {@code = + - @}, their fullwidth and
   * small forms and other look-alikes (compatibility forms folded by NFKC, minus signs and dashes),
   * also behind leading white space or invisible characters, and a leading tab, carriage return or
   * line feed.
   */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return startsLikeAFormula(cell) ? "'" + cell : cell;
  }

  private static boolean startsLikeAFormula(String cell) {
    char first = cell.charAt(0);
    if (first == '\t' || first == '\r' || first == '\n') {
      return true;
    }
    int i = 0;
    while (i < cell.length()) {
      int c = cell.codePointAt(i);
      int type = Character.getType(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT) {
        i += Character.charCount(c);
        continue;
      }
      if (type == Character.DASH_PUNCTUATION || c == '\u2212' || c == '\u2796') {
        return true;
      }
      String folded = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
      if (folded.isEmpty()) {
        i += Character.charCount(c);
        continue;
      }
      char f = folded.charAt(0);
      return f == '=' || f == '+' || f == '-' || f == '@';
    }
    return false;
  }

  @Override
  public void start() throws IOException {
    printer.printRecord(HEADER);
  }

  @Override
  public void write(BatchRow row) throws IOException {
    ScreenResponse r = row.response();
    ScreenResponse.Hit top = r == null || r.hits().isEmpty() ? null : r.hits().get(0);
    printer.printRecord(
        Integer.toString(row.row()),
        safe(row.reference()),
        safe(row.name()),
        r == null || r.purpose() == null ? "" : r.purpose().name(),
        r == null ? "ERROR" : r.outcome().name(),
        top == null ? "" : safe(top.entityId()),
        top == null ? "" : safe(top.name()),
        top == null ? "" : safe(top.matchedName()),
        top == null ? "" : String.format(Locale.ROOT, "%.4f", top.score()),
        top == null ? "" : safe(String.join(";", top.programs())),
        r == null ? "" : Integer.toString(r.hits().size()),
        r == null ? "" : safe(r.reason()),
        r == null ? "" : r.screeningId(),
        row.error() == null ? "" : safe(row.error()));
    printer.flush();
  }

  @Override
  public void finish(Summary summary, String abort) throws IOException {
    if (abort != null) {
      printer.printRecord("", "", "", "", "ABORTED", "", "", "", "", "", "", safe(abort), "", "");
    }
    printer.flush();
    writer.flush();
  }
}
