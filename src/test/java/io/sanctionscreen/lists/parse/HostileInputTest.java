package io.sanctionscreen.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds every parser hostile and broken input: XXE, billion laughs, a truncated file of its own
 * format, and files of every other format. Each must fail with a {@link ListFormatException},
 * quickly, without expanding entities.
 */
class HostileInputTest {

  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  /** A parser under test, by the name of its format, taking the file's bytes. */
  private record Parser(String format, Consumer<byte[]> parse) {
    @Override
    public String toString() {
      return format;
    }
  }

  private static final List<Parser> PARSERS =
      List.of(
          new Parser("ofac-xml", b -> OfacXmlParser.parse(in(b), "s")),
          new Parser("ofac-enhanced", b -> OfacEnhancedXmlParser.parse(in(b), "s")),
          new Parser("ofac-enhanced-zip", b -> OfacEnhancedXmlParser.parseZip(in(b), "s")),
          new Parser("ofac-advanced", b -> OfacAdvancedXmlParser.parse(in(b), "s")),
          new Parser("un", b -> UnXmlParser.parse(in(b), "s")),
          new Parser("eu", b -> EuFsfXmlParser.parse(in(b), "s")),
          new Parser("uk-ofsi", b -> UkOfsiCsvParser.parse(reader(b), "s")),
          new Parser("uk-sanctions-list", b -> UkSanctionsListXmlParser.parse(in(b), "s")),
          new Parser("us-csl", b -> UsCslCsvParser.parse(reader(b), "s", DATE)),
          new Parser("ftm", b -> FtmJsonParser.parse("s", DATE, reader(b))),
          new Parser("custom", b -> CustomCsvParser.parse(reader(b), "s", DATE)));

  /** Each parser's own format, truncated in the middle of a record. */
  private static final Map<String, String> TRUNCATED =
      Map.ofEntries(
          Map.entry("ofac-xml", "hostile/truncated-sdnlist.xml"),
          Map.entry("ofac-enhanced", "hostile/truncated-enhanced.xml"),
          Map.entry("ofac-enhanced-zip", "hostile/truncated-enhanced.zip"),
          Map.entry("ofac-advanced", "hostile/truncated-advanced.xml"),
          Map.entry("un", "hostile/truncated-un.xml"),
          Map.entry("eu", "hostile/truncated-eu.xml"),
          Map.entry("uk-ofsi", "hostile/truncated-ofsi.csv"),
          Map.entry("uk-sanctions-list", "hostile/truncated-uk-sanctions-list.xml"),
          Map.entry("us-csl", "hostile/truncated-csl.csv"),
          Map.entry("ftm", "hostile/truncated-ftm.json"),
          Map.entry("custom", "hostile/truncated-custom.csv"));

  /** A real sample of each format; every other parser must refuse it. */
  private static final Map<String, String> SAMPLES =
      Map.ofEntries(
          Map.entry("ofac-xml", "ofac/consolidated_2025-03-28.xml.gz"),
          Map.entry("ofac-enhanced-zip", "ofac/CONS_ENHANCED_2025-01.ZIP"),
          Map.entry("ofac-advanced", "ofac/cons_advanced_2020-03-17.xml.gz"),
          Map.entry("un", "un/un_consolidated_2025-04-19.xml.gz"),
          Map.entry("eu", "eu/eu_fsf_v1_1_excerpt.xml"),
          Map.entry("uk-ofsi", "uk/ConList_2025-04-10.csv.gz"),
          Map.entry("uk-sanctions-list", "uk/uk_sanctions_list_excerpt.xml"),
          Map.entry("us-csl", "us_csl/csl_2022-05-16.csv.gz"),
          Map.entry("ftm", "opensanctions/t1_entities.ftm.json"),
          Map.entry("custom", "custom/watchlist.csv"));

  static Stream<Parser> parsers() {
    return PARSERS.stream();
  }

  static Stream<Arguments> wrongFormats() {
    List<Arguments> out = new ArrayList<>();
    for (Parser p : PARSERS) {
      for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
        boolean own =
            sample.getKey().equals(p.format())
                || (p.format().startsWith("ofac-enhanced")
                    && sample.getKey().startsWith("ofac-enhanced"));
        if (!own) {
          out.add(Arguments.of(p, sample.getValue()));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesAnExternalEntity(Parser parser) {
    ListFormatException e = refused(parser, bytes("hostile/xxe.xml"));

    // Nothing of the local file may reach the message (or anything else).
    assertThat(e).message().doesNotContain("root:");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesAnExternalDtd(Parser parser) {
    refused(parser, bytes("hostile/xxe-external-dtd.xml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesBillionLaughs(Parser parser) {
    ListFormatException e = refused(parser, bytes("hostile/billion-laughs.xml"));

    assertThat(e).message().doesNotContain("lollollol");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesATruncatedFileOfItsOwnFormat(Parser parser) {
    refused(parser, bytes(TRUNCATED.get(parser.format())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesOfacsLegacyCsv(Parser parser) {
    refused(parser, bytes("hostile/ofac-cons-prim-head.csv"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void refusesAnEmptyFile(Parser parser) {
    refused(parser, new byte[0]);
  }

  @ParameterizedTest(name = "{0} given {1}")
  @MethodSource("wrongFormats")
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesEveryOtherFormat(Parser parser, String sample) {
    ListFormatException e = refused(parser, bytes(sample));

    assertThat(e).message().doesNotContain("unexpected content");
  }

  @Test
  void xmlRefusalsNameTheDoctype() {
    assertThatThrownBy(() -> UnXmlParser.parse(in(bytes("hostile/xxe.xml")), "un-sc"))
        .isInstanceOf(ListFormatException.class)
        .hasMessage(
            "UN SC consolidated list XML: the file declares a DOCTYPE, which list files never do;"
                + " refused (line 4, column 4)");
  }

  @Test
  void deepNestingIsRefused() {
    StringBuilder xml =
        new StringBuilder("<sdnList><publshInformation><Publish_Date>03/28/2025</Publish_Date>");
    xml.append("</publshInformation><sdnEntry><uid>1</uid>");
    xml.append("<x>".repeat(InputLimits.MAX_DEPTH + 1))
        .append("</x>".repeat(InputLimits.MAX_DEPTH + 1));
    xml.append("</sdnEntry></sdnList>");

    assertThatThrownBy(
            () -> OfacXmlParser.parse(in(xml.toString().getBytes(StandardCharsets.UTF_8)), "s"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("nested too deeply");
  }

  @Test
  void theInputBoundStopsReading() throws IOException {
    try (InputStream bounded = InputLimits.bounded(in(new byte[100]), 99)) {
      assertThatThrownBy(bounded::readAllBytes)
          .isInstanceOf(ListFormatException.class)
          .hasMessageContaining("larger than the limit of 99 bytes");
    }
  }

  private static ListFormatException refused(Parser parser, byte[] input) {
    ListFormatException e =
        catchThrowableOfType(ListFormatException.class, () -> parser.parse().accept(input));
    assertThat(e).as("%s must refuse the input", parser).isNotNull();
    assertThat(e.getMessage()).isNotBlank();
    return e;
  }

  private static byte[] bytes(String path) {
    try (InputStream in = TestFiles.open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream in(byte[] b) {
    return new ByteArrayInputStream(b);
  }

  private static Reader reader(byte[] b) {
    return new InputStreamReader(in(b), StandardCharsets.UTF_8);
  }
}
