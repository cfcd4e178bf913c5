package io.sanctionscreen.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class OfacXmlParserTest {

  private static final String FILE = "ofac/consolidated_2025-03-28.xml.gz";

  private static ParsedList parse() {
    return OfacXmlParser.parse(TestFiles.open(FILE), "us-ofac-cons");
  }

  @Test
  void readsEveryEntryOfTheConsolidatedXml() {
    ParsedList list = parse();

    assertThat(list.sourceId()).isEqualTo("us-ofac-cons");
    assertThat(list.listDate()).isEqualTo(LocalDate.of(2025, 3, 28));
    // Counted with python3 ElementTree: 443 sdnEntry, 80 Individual, 363 Entity.
    assertThat(list.entries()).hasSize(443);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(80);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.ORGANIZATION).hasSize(363);
    // 443 primary names + 1,135 distinct aliases, 70 of them weak, 144 f.k.a.
    assertThat(list.entries()).flatMap(ParsedEntry::names).hasSize(1578);
    assertThat(list.entries()).flatMap(ParsedEntry::names).filteredOn(n -> n.weak()).hasSize(70);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.FKA)
        .hasSize(144);
    assertThat(list.entries()).filteredOn(e -> e.programs().contains("CMIC-EO13959")).hasSize(68);
  }

  @Test
  void senseTimeCarriesItsCmicDatesAndRegistration() {
    ParsedEntry e = entry(parse(), "33114");

    assertThat(e.type()).isEqualTo(EntryType.ORGANIZATION);
    assertThat(e.primaryName()).isEqualTo("SENSETIME GROUP LIMITED");
    assertThat(e.names())
        .containsExactly(
            new ParsedEntry.Name("SENSETIME GROUP LIMITED", NameKind.PRIMARY, false),
            new ParsedEntry.Name("SENSETIME GROUP LTD", NameKind.AKA, false));
    assertThat(e.programs()).containsExactly("CMIC-EO13959");
    assertThat(e.identifiers())
        .containsExactly(new ParsedEntry.Identifier("C.R. No.", "2162198", "Hong Kong", null));
    assertThat(e.attributes())
        .containsExactlyInAnyOrder(
            new ParsedEntry.Attribute("Listing Date (CMIC)", "2021-12-10"),
            new ParsedEntry.Attribute("Effective Date (CMIC)", "2022-02-08"),
            new ParsedEntry.Attribute("Purchase/Sales For Divestment Date (CMIC)", "2022-12-10"));
    assertThat(e.addresses())
        .containsExactly(
            new ParsedEntry.Address(
                "Block 1, 1F & 2F Harbour View, 12 Science Park, West Avenue",
                "Hong Kong New Territories, Hong Kong SAR",
                "China",
                null));
  }

  @Test
  void senseTimeReadsAsTheCsvOfTheSameListReadsIt() throws Exception {
    ParsedList csv;
    try (InputStream prim = bundled("cons_prim.csv.gz");
        InputStream add = bundled("cons_add.csv.gz");
        InputStream alt = bundled("cons_alt.csv.gz")) {
      csv =
          OfacCsvParser.parse(
                  "us-ofac-cons",
                  null,
                  new InputStreamReader(prim, StandardCharsets.UTF_8),
                  new InputStreamReader(alt, StandardCharsets.UTF_8),
                  new InputStreamReader(add, StandardCharsets.UTF_8),
                  null)
              .list();
    }
    ParsedEntry fromCsv = entry(csv, "33114");
    ParsedEntry fromXml = entry(parse(), "33114");

    assertThat(fromXml.names()).containsExactlyInAnyOrderElementsOf(fromCsv.names());
    assertThat(fromXml.programs()).isEqualTo(fromCsv.programs());
    assertThat(fromXml.identifiers()).containsExactlyInAnyOrderElementsOf(fromCsv.identifiers());
    assertThat(fromXml.attributes()).containsExactlyInAnyOrderElementsOf(fromCsv.attributes());
    assertThat(fromXml.addresses()).isEqualTo(fromCsv.addresses());
  }

  @Test
  void anIndividualIsWrittenLastNameFirstWithBirthFacts() {
    ParsedEntry e = entry(parse(), "9639");

    assertThat(e.type()).isEqualTo(EntryType.PERSON);
    assertThat(e.primaryName()).isEqualTo("HANIYA, Ismail Abdul Salah");
    assertThat(e.names()).extracting(ParsedEntry.Name::name).contains("HANIYYA, Ismaeel");
    assertThat(e.attributes())
        .contains(
            new ParsedEntry.Attribute(AttributeKind.BIRTH_DATE.name(), "1962"),
            new ParsedEntry.Attribute(AttributeKind.BIRTH_PLACE.name(), "Shati"));
  }

  @Test
  void aRecordCountThatDisagreesIsRefused() {
    String xml =
        "<sdnList><publshInformation><Publish_Date>03/28/2025</Publish_Date>"
            + "<Record_Count>2</Record_Count></publshInformation>"
            + "<sdnEntry><uid>1</uid><lastName>ACME</lastName><sdnType>Entity</sdnType>"
            + "</sdnEntry></sdnList>";

    assertThatThrownBy(() -> OfacXmlParser.parse(stream(xml), "x"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("Record_Count says 2");
  }

  @Test
  void anEntryWithoutAUidIsRefused() {
    String xml =
        "<sdnList><publshInformation><Publish_Date>03/28/2025</Publish_Date>"
            + "</publshInformation>"
            + "<sdnEntry><lastName>ACME</lastName><sdnType>Entity</sdnType></sdnEntry></sdnList>";

    assertThatThrownBy(() -> OfacXmlParser.parse(stream(xml), "x"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("no uid")
        .hasMessageContaining("line 1");
  }

  static ParsedEntry entry(ParsedList list, String ref) {
    return list.entries().stream()
        .filter(e -> e.sourceRef().equals(ref))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + ref));
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static InputStream bundled(String file) throws Exception {
    InputStream in = OfacXmlParserTest.class.getResourceAsStream("/lists/us-ofac-cons/" + file);
    return new GZIPInputStream(in);
  }
}
