package io.sanctionscreen.lists.parse;

import static io.sanctionscreen.lists.parse.OfacXmlParserTest.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkSanctionsListXmlParserTest {

  private static ParsedList parse() {
    return UkSanctionsListXmlParser.parse(
        TestFiles.open("uk/uk_sanctions_list_excerpt.xml"), "uk-fcdo");
  }

  @Test
  void readsTheFourDesignations() {
    ParsedList list = parse();

    assertThat(list.listDate()).isEqualTo(LocalDate.of(2026, 8, 14));
    assertThat(list.entries())
        .extracting(ParsedEntry::sourceRef, ParsedEntry::type)
        .containsExactly(
            tuple("AFG0011", EntryType.PERSON),
            tuple("AQD0128", EntryType.PERSON),
            tuple("AQD0377", EntryType.ORGANIZATION),
            tuple("DPR0075", EntryType.VESSEL));
  }

  @Test
  void anIndividualKeepsItsArabicNameAndDedupesItsBirthDates() {
    ParsedEntry e = entry(parse(), "AFG0011");

    assertThat(e.names())
        .containsExactly(
            new ParsedEntry.Name("ABDUL LATIF MANSUR", NameKind.PRIMARY, false),
            new ParsedEntry.Name("Abdul Latif MANSOOR", NameKind.AKA, false),
            new ParsedEntry.Name("Wali MOHAMMAD", NameKind.AKA, false),
            new ParsedEntry.Name("عبد اللطيف منصور", NameKind.ORIGINAL_SCRIPT, false));
    assertThat(e.programs())
        .containsExactly("The Afghanistan (Sanctions) (EU Exit) Regulations 2020");
    assertThat(e.attributes())
        .filteredOn(a -> a.kind().equals(AttributeKind.BIRTH_DATE.name()))
        .extracting(ParsedEntry.Attribute::value)
        .containsExactly("1968", "1967-11-12");
    assertThat(e.identifiers())
        .extracting(ParsedEntry.Identifier::value)
        .containsExactly("D0009720", "D0010442");
    assertThat(e.attributes())
        .contains(
            new ParsedEntry.Attribute("OFSI_GROUP_ID", "7270"),
            new ParsedEntry.Attribute("UN_REFERENCE_NUMBER", "TAi.007"),
            new ParsedEntry.Attribute("LISTED_ON", "2001-01-31"),
            new ParsedEntry.Attribute("SANCTIONS_IMPOSED", "Travel Ban"));
  }

  @Test
  void lowQualityAliasesAreWeakAndPartialDatesKeepTheirPrecision() {
    ParsedEntry e = entry(parse(), "AQD0128");

    assertThat(e.primaryName()).isEqualTo("AKRAM TURKI HISHAN AL-MAZIDIH");
    assertThat(e.names())
        .contains(
            new ParsedEntry.Name("Abu Akram", NameKind.AKA, true),
            new ParsedEntry.Name("Akram Turki Al-Hishan", NameKind.AKA, false));
    assertThat(e.attributes())
        .filteredOn(a -> a.kind().equals(AttributeKind.BIRTH_DATE.name()))
        .extracting(ParsedEntry.Attribute::value)
        .containsExactly("1974", "1975", "1979", "1958-09", "1985");
    assertThat(e.identifiers())
        .containsExactly(
            new ParsedEntry.Identifier(
                "National Identification Number", "0075258", null, "Ration card no."));
  }

  @Test
  void anEntityHasACyrillicNameAndAShipItsImoNumber() {
    ParsedList list = parse();

    assertThat(entry(list, "AQD0377").names())
        .contains(
            new ParsedEntry.Name("Катиба ат-Таухид валь-Джихад", NameKind.ORIGINAL_SCRIPT, false),
            new ParsedEntry.Name("Jannat Oshiklari", NameKind.AKA, false));
    ParsedEntry ship = entry(list, "DPR0075");
    assertThat(ship.primaryName()).isEqualTo("Petrel 8");
    assertThat(ship.identifiers())
        .containsExactly(new ParsedEntry.Identifier("IMO", "9562233", null, null));
    assertThat(ship.attributes())
        .contains(
            new ParsedEntry.Attribute("VESSEL_FLAG", "Comoros"),
            new ParsedEntry.Attribute("VESSEL_YEAR_OF_BUILD", "2011"));
  }
}
