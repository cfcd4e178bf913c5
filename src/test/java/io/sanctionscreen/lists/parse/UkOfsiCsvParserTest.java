package io.sanctionscreen.lists.parse;

import static io.sanctionscreen.lists.parse.OfacXmlParserTest.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkOfsiCsvParserTest {

  private static ParsedList list;

  /** The 1.9 MB file is parsed once for all tests of this class. */
  private static synchronized ParsedList parse() {
    if (list == null) {
      list = UkOfsiCsvParser.parse(TestFiles.reader("uk/ConList_2025-04-10.csv.gz"), "uk-ofsi");
    }
    return list;
  }

  @Test
  void groupsTheNameRowsIntoTargets() {
    ParsedList list = parse();

    assertThat(list.listDate()).isEqualTo(LocalDate.of(2025, 4, 10));
    // python3 csv over the 18,796 name rows: 4,686 Group IDs (3,662 individual, 1,009 entity,
    // 15 ship); 15,964 distinct names, 613 weak, 3,226 in a non-Latin script, 15 f.k.a.
    assertThat(list.entries()).hasSize(4686);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(3662);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.ORGANIZATION).hasSize(1009);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.VESSEL).hasSize(15);
    assertThat(list.entries()).flatMap(ParsedEntry::names).hasSize(15964);
    assertThat(list.entries()).flatMap(ParsedEntry::names).filteredOn(n -> n.weak()).hasSize(613);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
        .hasSize(3226);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.FKA)
        .hasSize(15);
  }

  @Test
  void aTargetWithACyrillicName() {
    ParsedEntry e = entry(parse(), "14241");

    assertThat(e.type()).isEqualTo(EntryType.PERSON);
    assertThat(e.names())
        .containsExactly(
            new ParsedEntry.Name("Khizri Magomedovich ABAKAROV", NameKind.PRIMARY, false),
            new ParsedEntry.Name("Хизри Магомедович Абакаров", NameKind.ORIGINAL_SCRIPT, false));
    assertThat(e.programs()).containsExactly("Russia");
    assertThat(e.attributes())
        .contains(
            new ParsedEntry.Attribute(AttributeKind.BIRTH_DATE.name(), "1960-06-28"),
            new ParsedEntry.Attribute(
                AttributeKind.BIRTH_PLACE.name(), "Yuzhno Sakhalinsk, Russia"),
            new ParsedEntry.Attribute(AttributeKind.NATIONALITY.name(), "Russia"),
            new ParsedEntry.Attribute("UK_SANCTIONS_LIST_REF", "RUS0296"),
            new ParsedEntry.Attribute("GENDER", "Male"),
            new ParsedEntry.Attribute("LISTED_ON", "2022-03-11"));
    assertThat(e.addresses())
        .containsExactly(new ParsedEntry.Address("1 Okhotny Ryad str", "103265", "Russia", null));
  }

  @Test
  void repeatedFactsAreKeptOnceAndYearOnlyBirthDatesStayYears() {
    ParsedEntry e = entry(parse(), "12860");

    // 96 rows: every name row repeated for each of 6 birth years.
    assertThat(e.primaryName()).isEqualTo("ABDERRAHMANE OULD EL AMAR");
    assertThat(e.names()).contains(new ParsedEntry.Name("Ahmed EL TILEMSI", NameKind.AKA, false));
    assertThat(e.attributes())
        .filteredOn(a -> a.kind().equals(AttributeKind.BIRTH_DATE.name()))
        .extracting(ParsedEntry.Attribute::value)
        .containsExactly("1977", "1978", "1979", "1980", "1981", "1982");
  }

  @Test
  void aShipHasItsImoNumber() {
    ParsedEntry ship = entry(parse(), "13651");

    assertThat(ship.type()).isEqualTo(EntryType.VESSEL);
    assertThat(ship.primaryName()).isEqualTo("SAM JONG 2");
    assertThat(ship.names()).contains(new ParsedEntry.Name("AKTIVA", NameKind.AKA, false));
    assertThat(ship.identifiers())
        .containsExactly(new ParsedEntry.Identifier("IMO", "7408873", null, null));
  }

  @Test
  void enumerationsAreSplit() {
    assertThat(UkOfsiCsvParser.enumeration("(1) Germany. (2) Morocco"))
        .containsExactly("Germany", "Morocco");
    assertThat(UkOfsiCsvParser.enumeration("Pakistan")).containsExactly("Pakistan");
  }

  @Test
  void aFileWithoutTheLastUpdatedRowIsRefused() {
    assertThatThrownBy(
            () -> UkOfsiCsvParser.parse(new StringReader("Name 6,Name 1\nX,Y\n"), "uk-ofsi"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("the first row must be 'Last Updated,dd/mm/yyyy'");
  }

  @Test
  void aHeaderWithoutTheConListColumnsIsRefused() {
    assertThatThrownBy(
            () ->
                UkOfsiCsvParser.parse(
                    new StringReader("Last Updated,10/04/2025\nName 6,Name 1\nX,Y\n"), "uk-ofsi"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("lacks the ConList columns [Name 2,");
  }
}
