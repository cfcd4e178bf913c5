package io.sanctionscreen.lists.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The parsers of the derived EU and UK snapshots, on the bundled files themselves. */
class DerivedSnapshotParsersTest {

  private static Reader bundled(String path) throws Exception {
    InputStream in = DerivedSnapshotParsersTest.class.getResourceAsStream("/lists/" + path);
    assertThat(in).as(path).isNotNull();
    return new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8);
  }

  private static ParsedEntry named(ParsedList list, String name) {
    return list.entries().stream()
        .filter(e -> e.primaryName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry named " + name));
  }

  @Test
  void euDerivedCsv() throws Exception {
    ParsedList list;
    try (Reader in = bundled("eu-fsf/eur_Europe_parsed_2025-05-25.csv.gz")) {
      list = EuFsfDerivedCsvParser.parse(in, "eu-fsf", LocalDate.of(2025, 5, 25));
    }
    // python3 csv: 5,316 rows, 4,110 person, 1,206 enterprise, no row twice.
    assertThat(list.entries()).hasSize(5316);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(4110);
    ParsedEntry e = named(list, "Saddam Hussein Al-Tikriti");
    assertThat(e.names()).extracting(ParsedEntry.Name::name).contains("Abu Ali", "Abou Ali");
    assertThat(e.attributes())
        .contains(new ParsedEntry.Attribute(AttributeKind.NATIONALITY.name(), "IRAQ"));
    // The id is a digest of the row: the same row always gets the same id.
    assertThat(e.sourceRef())
        .matches("D-[0-9a-f]{16}")
        .isEqualTo(
            EuFsfDerivedCsvParser.id(
                "Saddam Hussein Al-Tikriti",
                "Saddam Hussein Al-Tikriti, Abu Ali, Abou Ali",
                "IRAQ",
                "person"));
  }

  @Test
  void euDerivedCsvRefusesAnotherLayout() {
    assertThatThrownBy(
            () ->
                EuFsfDerivedCsvParser.parse(
                    new StringReader("Name,Alias\nX,Y\n"), "eu-fsf", LocalDate.of(2025, 5, 25)))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("has no 'Nationality' column");
    assertThatThrownBy(
            () ->
                EuFsfDerivedCsvParser.parse(
                    new StringReader(
                        "Name,Alias,Nationality,Designation,Sanction Type,Source\n"
                            + "X,X,,vessel,regulation,Europe\n"),
                    "eu-fsf",
                    LocalDate.of(2025, 5, 25)))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("line 2: designation 'vessel' is not person or enterprise");
  }

  @Test
  void ukSanctionsListDerivedCsv() throws Exception {
    ParsedList list;
    try (Reader in = bundled("gb-fcdo/FCDO_SL_2025-08-11.csv.gz")) {
      list = UkSanctionsListDerivedCsvParser.parse(in, "gb-fcdo", LocalDate.of(2025, 8, 11));
    }
    // python3 csv: 5,302 designations: 3,754 individuals, 1,087 entities, 461 ships; two
    // individuals (BEL0174, RUS1467) have no name in the export and are skipped.
    assertThat(list.entries()).hasSize(5300);
    assertThat(list.entries()).extracting(ParsedEntry::sourceRef).doesNotContain("BEL0174");
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.VESSEL).hasSize(461);
    ParsedEntry e =
        list.entries().stream().filter(x -> x.sourceRef().equals("AFG0001")).findFirst().get();
    assertThat(e.primaryName()).isEqualTo("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE");
    assertThat(e.programs()).containsExactly("Afghanistan");
    assertThat(e.attributes())
        .contains(
            new ParsedEntry.Attribute(AttributeKind.OFSI_GROUP_ID.name(), "12703"),
            new ParsedEntry.Attribute(AttributeKind.LISTED_ON.name(), "2012-06-29"));
  }

  @Test
  void ukSanctionsListDerivedCsvRefusesABadDate() {
    assertThatThrownBy(
            () ->
                UkSanctionsListDerivedCsvParser.parse(
                    new StringReader(
                        "Unique ID,OFSI Group ID,Name,Regime Name,Type,Designation source,Date"
                            + " Designated,Sanctions Imposed\n"
                            + "AFG0001,12703,X,Afghanistan,Entity,UN,2012/06/29,Asset freeze\n"),
                    "gb-fcdo",
                    LocalDate.of(2025, 8, 11)))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("line 2: Date Designated '2012/06/29' is not dd-mm-yyyy");
  }
}
