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

class EuFsfXmlParserTest {

  private static final String FILE = "eu/eu_fsf_v1_1_excerpt.xml";

  private static EuFsfXmlParser.Result parse() {
    return EuFsfXmlParser.parse(TestFiles.open(FILE), "eu-fsf");
  }

  @Test
  void readsTheRealEntitiesAndSkipsTheNamelessOne() {
    EuFsfXmlParser.Result result = parse();

    assertThat(result.list().listDate()).isEqualTo(LocalDate.of(2026, 8, 5));
    assertThat(result.list().entries())
        .extracting(ParsedEntry::sourceRef)
        .containsExactly("13", "191", "980", "330");
    assertThat(result.skippedWithoutName()).containsExactly("999999");
  }

  @Test
  void anEntityWithAddressesContactsAndACyrillicName() {
    ParsedEntry trust = entry(parse().list(), "330");

    assertThat(trust.type()).isEqualTo(EntryType.ORGANIZATION);
    assertThat(trust.primaryName()).isEqualTo("Al-Rasheed Trust");
    // 12 nameAlias elements, all distinct and strong; one in Cyrillic (Bulgarian).
    assertThat(trust.names()).hasSize(12);
    assertThat(trust.names())
        .contains(
            new ParsedEntry.Name(
                "Организация за подпомагане на Ulema, Пакистан", NameKind.ORIGINAL_SCRIPT, false),
            new ParsedEntry.Name("Al Rashid Trust", NameKind.AKA, false));
    assertThat(trust.programs()).containsExactly("TAQA");
    assertThat(trust.addresses()).hasSize(11);
    assertThat(trust.addresses())
        .contains(
            new ParsedEntry.Address(
                "Jamia Masjid Sulaiman Park, Begum Pura", "Lahore", "PAKISTAN", null));
    assertThat(trust.attributes())
        .contains(
            new ParsedEntry.Attribute("LISTED_ON", "2001-10-06"),
            new ParsedEntry.Attribute("EU_REFERENCE_NUMBER", "EU.522.39"),
            new ParsedEntry.Attribute("PHONE", "042-681 20 81"));
    assertThat(trust.remarks()).startsWith("Banned in Pakistan since October 2001.");
  }

  @Test
  void aPersonGetsTheStructuredNameAsPrimary() {
    ParsedList list = parse().list();
    ParsedEntry ksm = entry(list, "191");

    assertThat(ksm.type()).isEqualTo(EntryType.PERSON);
    assertThat(ksm.primaryName()).isEqualTo("Khalid Sheikh MOHAMMED");
    assertThat(ksm.names()).hasSize(7);
    assertThat(ksm.programs()).containsExactly("TERR");
    assertThat(ksm.identifiers())
        .containsExactly(new ParsedEntry.Identifier("National passport", "488555", null, null));
    assertThat(ksm.attributes())
        .contains(
            new ParsedEntry.Attribute(AttributeKind.BIRTH_DATE.name(), "1965-04-14"),
            new ParsedEntry.Attribute(AttributeKind.BIRTH_DATE.name(), "1964-03-01"),
            new ParsedEntry.Attribute(AttributeKind.BIRTH_PLACE.name(), "PAKISTAN"),
            new ParsedEntry.Attribute("GENDER", "Male"));

    ParsedEntry saddam = entry(list, "13");
    assertThat(saddam.primaryName()).isEqualTo("Saddam Hussein Al-Tikriti");
    assertThat(saddam.attributes())
        .contains(
            new ParsedEntry.Attribute(AttributeKind.CITIZENSHIP.name(), "IRAQ"),
            new ParsedEntry.Attribute(
                AttributeKind.BIRTH_PLACE.name(), "al-Awja, near Tikrit, IRAQ"));
  }

  @Test
  void aFileInAnotherNamespaceIsRefused() {
    String xml = "<export xmlns='urn:something-else' generationDate='2026-08-05'/>";

    assertThatThrownBy(() -> EuFsfXmlParser.parse(stream(xml), "eu-fsf"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("namespace 'urn:something-else'");
  }
}
