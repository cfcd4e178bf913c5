package io.sanctionscreen.lists.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.lists.SourceCatalog;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import io.sanctionscreen.lists.parse.FtmJsonParser;
import io.sanctionscreen.lists.parse.ListFormat;
import io.sanctionscreen.lists.parse.ListFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format of the registry, read the way an import reads it: the file on disk, plain,
 * gzip-compressed or zipped, dispatched to its parser by the format id. The counts are those the
 * parser tests establish for the same files.
 */
class ListFormatsTest {

  private static final LocalDate DATE = LocalDate.of(2026, 1, 2);

  @TempDir Path dir;

  /** Copies a classpath file to the temporary directory as is (gzip stays gzip). */
  private Path copy(String resource) {
    try (InputStream in = ListFormatsTest.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      Path file = Files.createTempFile(dir, "in-", ".bin");
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Zips classpath files, uncompressed first, under the given names. */
  private Path zip(Map<String, String> entries) throws IOException {
    Path file = Files.createTempFile(dir, "set-", ".zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        try (InputStream in = ListFormatsTest.class.getResourceAsStream("/" + e.getValue())) {
          InputStream data = e.getValue().endsWith(".gz") ? new GZIPInputStream(in) : in;
          data.transferTo(z);
        }
        z.closeEntry();
      }
    }
    return file;
  }

  private ParsedList read(ListFormat format, String source, Path main) {
    return read(format, source, Map.of(ListFormat.MAIN, main));
  }

  private ParsedList read(ListFormat format, String source, Map<String, Path> parts) {
    try (ListFiles files = ListFiles.of(format, parts)) {
      return format.read(source, DATE, files);
    }
  }

  private static long names(ParsedList l, String ref) {
    return l.entries().stream()
        .filter(e -> e.sourceRef().equals(ref))
        .findFirst()
        .orElseThrow()
        .names()
        .size();
  }

  @Test
  void ofacCsvSetFromAZip() throws IOException {
    Path set =
        zip(
            Map.of(
                "export/CONS_PRIM.CSV", "lists/us-ofac-cons/cons_prim.csv.gz",
                "export/CONS_ALT.CSV", "lists/us-ofac-cons/cons_alt.csv.gz",
                "export/CONS_ADD.CSV", "lists/us-ofac-cons/cons_add.csv.gz",
                "export/CONS_COMMENTS.CSV", "lists/us-ofac-cons/cons_comments.csv.gz",
                "export/README.txt", "lists/README.md"));
    ParsedList l = read(ListFormat.OFAC_CSV, "us-ofac-cons", set);
    assertThat(l.entries()).hasSize(442);
    assertThat(l.listDate()).isEqualTo(DATE);
    assertThat(names(l, "33114")).isEqualTo(2); // SENSETIME GROUP LIMITED, a.k.a. ... LTD
    assertThat(Files.exists(set)).isFalse();
  }

  @Test
  void ofacCsvMainFileAloneHasNoAliases() {
    ParsedList l =
        read(ListFormat.OFAC_CSV, "us-ofac-cons", copy("lists/us-ofac-cons/cons_prim.csv.gz"));
    assertThat(l.entries()).hasSize(442);
    assertThat(names(l, "33114")).isEqualTo(1);
  }

  @Test
  void ofacCsvSetAsSeparateParts() {
    Map<String, Path> parts = new LinkedHashMap<>();
    parts.put(ListFormat.MAIN, copy("lists/us-ofac-cons/cons_prim.csv.gz"));
    parts.put("alt", copy("lists/us-ofac-cons/cons_alt.csv.gz"));
    parts.put("add", copy("lists/us-ofac-cons/cons_add.csv.gz"));
    ParsedList l = read(ListFormat.OFAC_CSV, "us-ofac-cons", parts);
    assertThat(names(l, "33114")).isEqualTo(2);
  }

  @Test
  void ofacXmlFormats() {
    ParsedList xml =
        read(
            ListFormat.OFAC_XML, "us-ofac-cons", copy("lists/ofac/consolidated_2025-03-28.xml.gz"));
    assertThat(xml.entries()).hasSize(443);
    assertThat(xml.listDate()).isEqualTo(LocalDate.of(2025, 3, 28));

    ParsedList enhanced =
        read(
            ListFormat.OFAC_ENHANCED_XML,
            "us-ofac-cons",
            copy("lists/ofac/CONS_ENHANCED_2025-01.ZIP"));
    assertThat(enhanced.entries()).hasSize(443);
    assertThat(enhanced.listDate()).isEqualTo(LocalDate.of(2025, 1, 10));

    ParsedList advanced =
        read(
            ListFormat.OFAC_ADVANCED_XML,
            "us-ofac-cons",
            copy("lists/ofac/cons_advanced_2020-03-17.xml.gz"));
    assertThat(advanced.entries()).hasSize(375);
    assertThat(advanced.listDate()).isEqualTo(LocalDate.of(2020, 3, 17));
  }

  @Test
  void unEuAndUkFormats() {
    ParsedList un =
        read(ListFormat.UN_XML, "un-sc", copy("lists/un/un_consolidated_2026-02-27.xml.gz"));
    assertThat(un.entries()).hasSize(1003);
    assertThat(un.listDate()).isEqualTo(LocalDate.of(2026, 2, 27));

    ParsedList eu = read(ListFormat.EU_FSF_XML, "eu-fsf", copy("lists/eu/eu_fsf_v1_1_excerpt.xml"));
    assertThat(eu.entries())
        .extracting(ParsedEntry::sourceRef)
        .containsExactly("13", "191", "980", "330");
    assertThat(eu.listDate()).isEqualTo(LocalDate.of(2026, 8, 5));

    ParsedList ofsi =
        read(ListFormat.UK_OFSI_CSV, "gb-ofsi", copy("lists/uk/ConList_2025-04-10.csv.gz"));
    assertThat(ofsi.entries()).hasSize(4686);

    ParsedList fcdo =
        read(
            ListFormat.UK_SANCTIONS_LIST_XML,
            "gb-fcdo",
            copy("lists/uk/uk_sanctions_list_excerpt.xml"));
    assertThat(fcdo.entries()).hasSize(4);
    assertThat(fcdo.listDate()).isEqualTo(LocalDate.of(2026, 8, 14));
  }

  @Test
  void cslSourceKeepsCommerceAndStateRows() {
    ParsedList all =
        read(ListFormat.US_CSL_CSV, "us-csl", copy("lists/us_csl/csl_2022-05-16.csv.gz"));
    assertThat(all.entries()).hasSize(14048);
    ParsedList kept = SourceCatalog.info("us-csl").select(all);
    // python3 csv: Entity List 2,001, ITAR Debarred 727, Denied Persons 462, Unverified 201,
    // Nonproliferation 163, Military End User 71; no _id is on both a kept and a Treasury list.
    assertThat(kept.entries()).hasSize(3625);
    assertThat(kept.entries())
        .allSatisfy(
            e ->
                assertThat(e.programs().get(0))
                    .matches(".* - (Bureau of Industry and Security|State Department)"));
  }

  @Test
  void followTheMoneyFullExportAndDeltas() throws IOException {
    ParsedList full =
        read(
            ListFormat.FTM_JSON,
            "opensanctions-t1",
            copy("lists/opensanctions/t1_entities.ftm.json"));
    assertThat(full.entries()).hasSize(6);
    assertThat(full.listDate()).isEqualTo(DATE);

    // A ZIP holding the export and a delta: the export is read first, whatever the entry order.
    Path zip =
        zip(
            Map.of(
                "2024-07-05.delta.json", "lists/opensanctions/entities_2024-07.delta.json.gz",
                "entities.ftm.json", "lists/opensanctions/t1_entities.ftm.json"));
    ParsedList applied = read(ListFormat.FTM_JSON, "opensanctions-t1", zip);
    ParsedList direct;
    try (InputStreamReader base =
            new InputStreamReader(
                getClass().getResourceAsStream("/lists/opensanctions/t1_entities.ftm.json"),
                StandardCharsets.UTF_8);
        InputStreamReader delta =
            new InputStreamReader(
                new GZIPInputStream(
                    getClass()
                        .getResourceAsStream(
                            "/lists/opensanctions/entities_2024-07.delta.json.gz")),
                StandardCharsets.UTF_8)) {
      direct = FtmJsonParser.parse("opensanctions-t1", DATE, base, delta);
    }
    assertThat(applied.contentHash()).isEqualTo(direct.contentHash());

    // A delta alone says nothing of the entities it does not touch: refused.
    Path deltaOnly = copy("lists/opensanctions/entities_2024-07.delta.json.gz");
    assertThatThrownBy(() -> read(ListFormat.FTM_JSON, "opensanctions-t1", deltaOnly))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("FollowTheMoney JSON: the file is a delta");
  }

  @Test
  void customCsv() {
    ParsedList l = read(ListFormat.CUSTOM_CSV, "custom-bank", copy("lists/custom/watchlist.csv"));
    assertThat(l.entries()).hasSize(3);
    assertThat(l.listDate()).isEqualTo(DATE);
  }

  @Test
  void zipWithSeveralCandidatesIsRefused() throws IOException {
    Path zip =
        zip(
            Map.of(
                "a.xml", "lists/eu/eu_fsf_v1_1_excerpt.xml",
                "b.xml", "lists/uk/uk_sanctions_list_excerpt.xml"));
    assertThatThrownBy(() -> read(ListFormat.UN_XML, "un-sc", zip))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("a ZIP for un-xml must hold exactly one .xml file (it holds a.xml, b.xml)");
  }

  @Test
  void receivedFilesAreBounded() {
    byte[] data = new byte[1000];
    assertThatThrownBy(
            () -> ListFiles.receive(new java.io.ByteArrayInputStream(data), dir, 999, "The file"))
        .hasMessage(
            "The file is larger than the limit of 999 bytes (screening.lists.max-file-size);"
                + " nothing was imported");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path ok = ListFiles.receive(new java.io.ByteArrayInputStream(data), dir, 1000, "The file");
    assertThat(ok).hasSize(1000);
  }

  @Test
  void sourceIds() {
    assertThat(SourceCatalog.find("custom-internal-blocks").map(SourceCatalog.SourceInfo::format))
        .contains(ListFormat.CUSTOM_CSV);
    assertThat(
            SourceCatalog.find("opensanctions-ua-war-sanctions")
                .map(s -> s.officialUrls().get(ListFormat.MAIN)))
        .contains(
            "https://data.opensanctions.org/datasets/latest/ua_war_sanctions/entities.ftm.json");
    assertThat(SourceCatalog.find("Custom-x")).isEmpty();
    assertThat(SourceCatalog.find("custom-")).isEmpty();
    assertThat(SourceCatalog.find("custom-x-")).isEmpty();
    assertThat(SourceCatalog.find("custom-" + "x".repeat(57))).isPresent(); // 64 characters
    assertThat(SourceCatalog.find("custom-" + "x".repeat(58))).isEmpty();
    assertThat(SourceCatalog.find("eu-ofac")).isEmpty();
    assertThat(SourceCatalog.info("eu-fsf").needsToken()).isTrue();
    assertThat(SourceCatalog.info("un-sc").officialUrls().get(ListFormat.MAIN))
        .isEqualTo("https://scsanctions.un.org/resources/xml/en/consolidated.xml");
  }
}
