package io.sanctionscreen.lists.parse;

import static io.sanctionscreen.lists.parse.OfacXmlParserTest.entry;
import static io.sanctionscreen.lists.parse.OfacXmlParserTest.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfacAdvancedXmlParserTest {

  private static final String FILE = "ofac/cons_advanced_2020-03-17.xml.gz";

  private static ParsedList parse() {
    return OfacAdvancedXmlParser.parse(TestFiles.open(FILE), "us-ofac-cons");
  }

  @Test
  void readsEveryDistinctParty() {
    ParsedList list = parse();

    assertThat(list.listDate()).isEqualTo(LocalDate.of(2020, 3, 17));
    // Counted with python3 ElementTree: 375 DistinctParty, 82 individuals, 293 entities; 1,288
    // distinct names, 30 low quality, 84 f.k.a.; UKRAINE-EO13662 on 290 profiles.
    assertThat(list.entries()).hasSize(375);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(82);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.ORGANIZATION).hasSize(293);
    assertThat(list.entries()).flatMap(ParsedEntry::names).hasSize(1288);
    assertThat(list.entries()).flatMap(ParsedEntry::names).filteredOn(n -> n.weak()).hasSize(30);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.FKA)
        .hasSize(84);
    assertThat(list.entries())
        .filteredOn(e -> e.programs().contains("UKRAINE-EO13662"))
        .hasSize(290);
  }

  @Test
  void anIndividualReadsAsInTheSdnListXml() {
    ParsedEntry advanced = entry(parse(), "9639");
    ParsedEntry xml =
        entry(
            OfacXmlParser.parse(TestFiles.open("ofac/consolidated_2025-03-28.xml.gz"), "x"),
            "9639");

    assertThat(advanced.type()).isEqualTo(EntryType.PERSON);
    assertThat(advanced.primaryName()).isEqualTo("HANIYA, Ismail Abdul Salah");
    assertThat(advanced.names()).isEqualTo(xml.names());
    assertThat(advanced.programs()).containsExactly("NS-PLC");
    assertThat(advanced.addresses()).isEmpty();
    assertThat(advanced.attributes())
        .containsExactlyInAnyOrder(
            new ParsedEntry.Attribute(AttributeKind.BIRTH_DATE.name(), "1962"),
            new ParsedEntry.Attribute(AttributeKind.BIRTH_PLACE.name(), "Shati"),
            new ParsedEntry.Attribute("LIST", "Consolidated List"),
            new ParsedEntry.Attribute("LIST", "Non-SDN Palestinian Legislative Council List"));
  }

  @Test
  void documentsLocationsAndLookupFeaturesAreResolved() {
    ParsedEntry vtb = entry(parse(), "17013");

    assertThat(vtb.primaryName()).isEqualTo("VTB BANK OAO");
    assertThat(vtb.names()).contains(new ParsedEntry.Name("VNESHTORGBANK", NameKind.FKA, false));
    assertThat(vtb.identifiers())
        .contains(
            new ParsedEntry.Identifier("Registration ID", "1027739609391", "Russia", null),
            new ParsedEntry.Identifier("Tax ID No.", "7702070139", "Russia", null));
    assertThat(vtb.attributes())
        .contains(
            new ParsedEntry.Attribute(
                "DIRECTIVE",
                "Executive Order 13662 Directive Determination - Subject to Directive 1"));
    assertThat(vtb.addresses())
        .contains(
            new ParsedEntry.Address(
                "29, Bolshaya Morskaya str.", "St. Petersburg 190000", "Russia", null));
    assertThat(vtb.programs()).containsExactly("UKRAINE-EO13662");
  }

  @Test
  void anUndefinedCodeIsRefused() {
    String xml =
        "<Sanctions xmlns='http://www.un.org/sanctions/1.0'>"
            + "<DateOfIssue><Year>2020</Year><Month>3</Month><Day>17</Day></DateOfIssue>"
            + "<ReferenceValueSets/><DistinctParties><DistinctParty FixedRef='1'>"
            + "<Profile ID='1' PartySubTypeID='4'/></DistinctParty></DistinctParties></Sanctions>";

    assertThatThrownBy(() -> OfacAdvancedXmlParser.parse(stream(xml), "x"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("code 4 is not defined in the PartySubType reference values");
  }
}
