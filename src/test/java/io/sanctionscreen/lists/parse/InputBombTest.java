package io.sanctionscreen.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bombs that exhausted the heap (issue 14), fed to every parser through {@link ListFormat} as
 * streams of 2.5 GB generated on the fly, never held: white space in the root element, a comment, a
 * text node, an attribute value, a CSV field, a CSV record of countless fields, blank lines, a JSON
 * line. Each must be refused by the limit that names it after a few megabytes, with the default
 * limits of {@link InputLimits}; reading the 2.5 GB whole would take minutes.
 */
class InputBombTest {

  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  /** What the bombs inflated to. */
  private static final long BOMB = 2_500_000_000L;

  /** Each XML format with the start tag of the root element it checks before reading on. */
  private static final List<String[]> XML_FORMATS =
      List.of(
          new String[] {"ofac-xml", "sdnList"},
          new String[] {"ofac-enhanced-xml", "sanctionsData"},
          new String[] {"ofac-advanced-xml", "Sanctions"},
          new String[] {"un-xml", "CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:00.0Z\""},
          new String[] {
            "eu-fsf-xml",
            "export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2026-01-01\""
          },
          new String[] {"uk-sanctions-list-xml", "Designations"});

  /** Each CSV format with the text before its first data field (its header rows, if any). */
  private static final List<String[]> CSV_FORMATS =
      List.of(
          new String[] {"ofac-csv", ""},
          new String[] {"uk-ofsi-csv", firstLines("uk/ConList_2025-04-10.csv.gz", 2)},
          new String[] {"us-csl-csv", firstLines("us_csl/csl_2022-05-16.csv.gz", 1)},
          new String[] {"custom-csv", "id,name,type\n"});

  static Stream<Arguments> xmlFormats() {
    return XML_FORMATS.stream().map(f -> Arguments.of(f[0], f[1]));
  }

  static Stream<Arguments> csvFormats() {
    return CSV_FORMATS.stream().map(f -> Arguments.of(f[0], f[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void whiteSpaceInTheRootElementIsRefused(String format, String root) {
    String e = refused(format, () -> bomb("<?xml version=\"1.0\"?>\n<" + root + ">", ' '));

    assertThat(e)
        .contains(
            "white space between XML elements from line 2 is longer than the limit of "
                + InputLimits.MAX_WHITESPACE
                + " characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeCommentIsRefused(String format, String root) {
    String e = refused(format, () -> bomb("<" + root + ">\n<!--", 'x'));

    assertThat(e)
        .contains(
            "an XML comment from line 2 is longer than the limit of "
                + InputLimits.MAX_COMMENT
                + " characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeCommentBeforeTheRootIsRefused(String format, String root) {
    String e = refused(format, () -> bomb("<?xml version=\"1.0\"?><!--", 'x'));

    assertThat(e).contains("an XML comment from line 1 is longer than the limit");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeTextNodeIsRefused(String format, String root) {
    String e = refused(format, () -> bomb("<" + root + "><x>", 'A'));

    assertThat(e)
        .contains(
            "XML text from line 1 is longer than the limit of "
                + InputLimits.MAX_TEXT
                + " characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeCdataSectionIsRefused(String format, String root) {
    String e = refused(format, () -> bomb("<" + root + "><x><![CDATA[", ' '));

    assertThat(e).contains("XML text from line 1 is longer than the limit");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeAttributeValueIsRefused(String format, String root) {
    String e = refused(format, () -> bomb("<" + root + " dateGenerated=\"", '1'));

    assertThat(e)
        .contains(
            "an XML attribute value from line 1 is longer than the limit of "
                + InputLimits.MAX_ATTRIBUTE
                + " characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeTagIsRefused(String format, String root) {
    String e = refused(format, () -> bomb("<" + root + "><x ", ' '));

    assertThat(e)
        .contains(
            "an XML tag from line 1 is longer than the limit of "
                + InputLimits.MAX_TAG
                + " characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeDoctypeIsRefusedBeforeItIsHeld(String format, String root) {
    String e =
        refused(format, () -> bomb("<!DOCTYPE " + root.split(" ")[0] + " [<!ENTITY a \"", 'a'));

    assertThat(e).contains("an XML declaration from line 1 is longer than the limit");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void utf16IsBoundedToo(String format, String root) {
    String e =
        refused(
            format,
            () ->
                new SequenceInputStream(
                    new ByteArrayInputStream(
                        ("\uFEFF<" + root + ">").getBytes(StandardCharsets.UTF_16BE)),
                    new Repeat(new byte[] {0, ' '}, BOMB)));

    assertThat(e).contains("white space between XML elements from line 1 is longer than the limit");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeQuotedFieldIsRefused(String format, String header) {
    String e = refused(format, () -> bomb(header + "\"", 'A'));

    assertThat(e)
        .contains("is longer than the limit of " + InputLimits.MAX_FIELD + " characters")
        .contains("a CSV field on line");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeUnquotedFieldIsRefused(String format, String header) {
    String e = refused(format, () -> bomb(header, 'A'));

    assertThat(e).contains("a CSV field on line").contains("is longer than the limit");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aRecordOfCountlessFieldsIsRefused(String format, String header) {
    String e = refused(format, () -> bomb(header, ',', "1,"));

    assertThat(e)
        .contains("is longer than the limit of " + InputLimits.MAX_RECORD + " characters")
        .contains("the CSV record from line");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void countlessEmptyLinesAreRefused(String format, String header) {
    String e = refused(format, () -> bomb(header, '\n'));

    assertThat(e)
        .contains(
            "more than "
                + InputLimits.MAX_WHITESPACE
                + " white space characters or empty lines in a row");
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHugeJsonLineIsRefused() {
    String e = refused("ftm-json", () -> bomb("{\"id\": \"x\", \"caption\": \"", 'A'));

    assertThat(e).contains("is longer than " + InputLimits.MAX_TEXT + " characters");
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void countlessEmptyJsonLinesAreRefused() {
    String e = refused("ftm-json", () -> bomb("", '\n'));

    assertThat(e).contains("white space characters or empty lines in a row");
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aJsonLineOfSpacesIsRefused() {
    String e = refused("ftm-json", () -> bomb("{\"id\": \"x\",", ' '));

    assertThat(e).contains("white space characters or empty lines in a row");
  }

  private static String firstLines(String resource, int lines) {
    try (java.io.BufferedReader r = new java.io.BufferedReader(TestFiles.reader(resource))) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < lines; i++) {
        b.append(r.readLine()).append("\r\n");
      }
      return b.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads a generated file as the format, through a one-part input, and returns the refusal. */
  private static String refused(String formatId, Supplier<InputStream> file) {
    ListFormat format = ListFormat.byId(formatId).orElseThrow();
    ListInput input =
        new ListInput() {
          @Override
          public List<String> parts() {
            return List.of(ListFormat.MAIN);
          }

          @Override
          public InputStream open(String part) {
            return file.get();
          }
        };
    ListFormatException e =
        catchThrowableOfType(ListFormatException.class, () -> format.read("s", DATE, input));
    assertThat(e).as("%s must refuse the bomb", formatId).isNotNull();
    return e.getMessage();
  }

  /** The prefix, then {@link #BOMB} bytes of one character. */
  static InputStream bomb(String prefix, char fill) {
    return bomb(prefix, fill, String.valueOf(fill));
  }

  /** The prefix, then a unit repeated to {@link #BOMB} bytes. */
  static InputStream bomb(String prefix, char unused, String unit) {
    return new SequenceInputStream(
        new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)),
        new Repeat(unit.getBytes(StandardCharsets.UTF_8), BOMB));
  }

  /** A stream of one unit repeated, made as it is read. */
  static final class Repeat extends InputStream {
    private final byte[] unit;
    private final long total;
    private long position;

    Repeat(byte[] unit, long total) {
      this.unit = unit;
      this.total = total;
    }

    @Override
    public int read() {
      if (position >= total) {
        return -1;
      }
      return unit[(int) (position++ % unit.length)] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = unit[(int) ((position + i) % unit.length)];
      }
      position += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      // nothing held
    }
  }
}
