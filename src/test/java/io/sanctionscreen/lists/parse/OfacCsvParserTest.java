package io.sanctionscreen.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.lists.BundledList;
import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OFAC CSV parser on the bundled real files. Expected counts were computed from the files
 * independently of this parser (python csv module: rows, types, joined side-file rows).
 */
class OfacCsvParserTest {

  private static ParsedList sdn;
  private static ParsedList cons;

  @BeforeAll
  static void parseBundles() {
    sdn = BundledList.load("us-ofac-sdn").parse();
    cons = BundledList.load("us-ofac-cons").parse();
  }

  private static Map<String, ParsedEntry> byId(ParsedList list) {
    return list.entries().stream()
        .collect(Collectors.toMap(ParsedEntry::sourceRef, Function.identity()));
  }

  private static long count(ParsedList list, Function<ParsedEntry, Long> f) {
    return list.entries().stream().mapToLong(f::apply).sum();
  }

  @Test
  void sdnCountsEqualTheFile() {
    assertThat(sdn.sourceId()).isEqualTo("us-ofac-sdn");
    assertThat(sdn.listDate()).isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(sdn.entries()).hasSize(14_965);
    Map<EntryType, Long> types =
        sdn.entries().stream()
            .collect(Collectors.groupingBy(ParsedEntry::type, Collectors.counting()));
    assertThat(types)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                EntryType.PERSON, 6_854L,
                EntryType.ORGANIZATION, 6_884L,
                EntryType.VESSEL, 851L,
                EntryType.AIRCRAFT, 376L));
    // Aliases of alt.csv whose ent_num is in sdn.csv (2,460 rows of other entries are dropped).
    assertThat(
            count(
                sdn,
                e ->
                    e.names().stream()
                        .filter(n -> !n.weak() && n.kind() != NameKind.PRIMARY)
                        .count()))
        .isEqualTo(17_647);
    assertThat(count(sdn, e -> e.names().stream().filter(ParsedEntry.Name::weak).count()))
        .isEqualTo(3_663);
    assertThat(count(sdn, e -> (long) e.addresses().size())).isEqualTo(16_795);
    assertThat(sdn.entries().stream().filter(e -> e.programs().contains("SDGT")).count())
        .isEqualTo(2_386);
    assertThat(sdn.entries().stream().filter(e -> e.programs().size() > 1).count())
        .isEqualTo(1_685);
  }

  @Test
  void consolidatedCountsEqualTheFile() {
    assertThat(cons.listDate()).isEqualTo(LocalDate.of(2025, 12, 19));
    assertThat(cons.entries()).hasSize(442);
    assertThat(cons.entries().stream().filter(e -> e.type() == EntryType.PERSON).count())
        .isEqualTo(79);
    assertThat(
            count(
                cons,
                e ->
                    e.names().stream()
                        .filter(n -> !n.weak() && n.kind() != NameKind.PRIMARY)
                        .count()))
        .isEqualTo(1_073);
    assertThat(count(cons, e -> e.names().stream().filter(ParsedEntry.Name::weak).count()))
        .isEqualTo(72);
    assertThat(count(cons, e -> (long) e.addresses().size())).isEqualTo(522);
    assertThat(cons.entries().stream().filter(e -> e.programs().contains("CMIC-EO13959")).count())
        .isEqualTo(68);
  }

  @Test
  void senseTimeIsParsedWhole() {
    ParsedEntry e = byId(cons).get("33114");
    assertThat(e.primaryName()).isEqualTo("SENSETIME GROUP LIMITED");
    assertThat(e.type()).isEqualTo(EntryType.ORGANIZATION);
    assertThat(e.programs()).containsExactly("CMIC-EO13959");
    assertThat(e.names())
        .containsExactly(
            new ParsedEntry.Name("SENSETIME GROUP LIMITED", NameKind.PRIMARY, false),
            new ParsedEntry.Name("SENSETIME GROUP LTD", NameKind.AKA, false));
    assertThat(e.identifiers())
        .containsExactly(new ParsedEntry.Identifier("C.R. No.", "2162198", "Hong Kong", null));
    assertThat(e.attributes())
        .containsExactly(
            new ParsedEntry.Attribute("Effective Date (CMIC)", "2022-02-08"),
            new ParsedEntry.Attribute("Purchase/Sales For Divestment Date (CMIC)", "2022-12-10"),
            new ParsedEntry.Attribute("Listing Date (CMIC)", "2021-12-10"));
    assertThat(e.addresses())
        .containsExactly(
            new ParsedEntry.Address(
                "Block 1, 1F & 2F Harbour View, 12 Science Park, West Avenue",
                "Hong Kong New Territories, Hong Kong SAR",
                "China",
                null));
  }

  @Test
  void sdnPersonRemarksBecomeFacts() {
    ParsedEntry e = byId(sdn).get("2676");
    assertThat(e.primaryName()).isEqualTo("AL ZAWAHIRI, Dr. Ayman");
    assertThat(e.type()).isEqualTo(EntryType.PERSON);
    assertThat(e.attributes())
        .contains(
            new ParsedEntry.Attribute(AttributeKind.BIRTH_DATE.name(), "1951-06-19"),
            new ParsedEntry.Attribute(AttributeKind.BIRTH_PLACE.name(), "Giza, Egypt"),
            new ParsedEntry.Attribute("TITLE", "Operational and Military Leader of JIHAD GROUP"));
    assertThat(e.identifiers())
        .contains(
            new ParsedEntry.Identifier("Passport", "1084010", "Egypt", null),
            new ParsedEntry.Identifier("Passport", "19820215", null, null));
  }

  @Test
  void weakAliasesComeFromRemarks() {
    ParsedEntry e = byId(sdn).get("306");
    assertThat(e.names())
        .contains(
            new ParsedEntry.Name("NATIONAL BANK OF CUBA", NameKind.AKA, false),
            new ParsedEntry.Name("BNC", NameKind.AKA, true));
  }

  @Test
  void contentHashIsStableAndSensitive() {
    ParsedList again = BundledList.load("us-ofac-cons").parse();
    assertThat(again.contentHash()).isEqualTo(cons.contentHash());
    assertThat(cons.contentHash()).isNotEqualTo(sdn.contentHash());
    ParsedEntry e = byId(cons).get("33114");
    ParsedEntry changed =
        new ParsedEntry(
            e.sourceRef(),
            e.type(),
            e.primaryName(),
            e.names(),
            List.of("CMIC-EO13959", "SDGT"),
            e.remarks(),
            e.addresses(),
            e.identifiers(),
            e.attributes());
    assertThat(changed.contentHash()).isNotEqualTo(e.contentHash());
  }

  private static ParsedList parseMain(String csv) {
    return OfacCsvParser.parse("t", null, new StringReader(csv), null, null, null).list();
  }

  @Test
  void rejectsWrongColumnCount() {
    assertThatThrownBy(() -> parseMain("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"\n"))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("line 1 of the main file has 4 columns, OFAC CSV has 12");
  }

  @Test
  void rejectsNonNumericId() {
    assertThatThrownBy(() -> parseMain("ABC,\"X\",-0- ,\"CUBA\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n"))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("line 1 of the main file has no numeric id: 'ABC'");
  }

  @Test
  void rejectsDuplicateIds() {
    String row = "36,\"X\",-0- ,\"CUBA\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n";
    assertThatThrownBy(() -> parseMain(row + row))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("entry 36 appears twice in the main file");
  }

  @Test
  void rejectsTruncatedQuotedField() {
    assertThatThrownBy(() -> parseMain("36,\"AEROCARIBBEAN AIRL"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("the main file is not valid CSV");
  }

  @Test
  void rejectsEmptyFile() {
    assertThatThrownBy(() -> parseMain("\u001a\n"))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("the main file holds no entries");
  }

  @Test
  void rejectsUnknownType() {
    assertThatThrownBy(
            () -> parseMain("36,\"X\",\"spaceship\",\"CUBA\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n"))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("entry 36 has unknown type 'spaceship'");
  }
}
