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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnXmlParserTest {

  private static final String APRIL_2025 = "un/un_consolidated_2025-04-19.xml.gz";
  private static final String FEBRUARY_2026 = "un/un_consolidated_2026-02-27.xml.gz";

  private static ParsedList parse(String file) {
    return UnXmlParser.parse(TestFiles.open(file), "un-sc");
  }

  @Test
  void readsEveryIndividualAndEntity() {
    ParsedList list = parse(APRIL_2025);

    assertThat(list.listDate()).isEqualTo(LocalDate.of(2025, 4, 19));
    // Counted with python3 ElementTree: 684 INDIVIDUAL + 193 ENTITY; 3,949 distinct names, 619
    // of them "Low" quality aliases, 379 original-script names, 17 f.k.a.
    assertThat(list.entries()).hasSize(877);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(684);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.ORGANIZATION).hasSize(193);
    assertThat(list.entries()).flatMap(ParsedEntry::names).hasSize(3949);
    assertThat(list.entries()).flatMap(ParsedEntry::names).filteredOn(n -> n.weak()).hasSize(619);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
        .hasSize(379);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.FKA)
        .hasSize(17);
    assertThat(list.entries())
        .filteredOn(e -> e.programs().equals(java.util.List.of("Al-Qaida")))
        .hasSize(343);
  }

  @Test
  void theNewerFileIsReadAsWell() {
    ParsedList list = parse(FEBRUARY_2026);

    assertThat(list.listDate()).isEqualTo(LocalDate.of(2026, 2, 27));
    // python3: 730 INDIVIDUAL + 273 ENTITY, 4,121 distinct names, 615 weak, 377 original script.
    assertThat(list.entries()).hasSize(1003);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(730);
    assertThat(list.entries()).flatMap(ParsedEntry::names).hasSize(4121);
    assertThat(list.entries()).flatMap(ParsedEntry::names).filteredOn(n -> n.weak()).hasSize(615);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
        .hasSize(377);
  }

  @Test
  void anIndividualWithAnArabicOriginalScriptName() {
    ParsedEntry saddam = entry(parse(APRIL_2025), "IQi.001");

    assertThat(saddam.type()).isEqualTo(EntryType.PERSON);
    assertThat(saddam.primaryName()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
    assertThat(saddam.names())
        .containsExactly(
            new ParsedEntry.Name("SADDAM HUSSEIN AL-TIKRITI", NameKind.PRIMARY, false),
            new ParsedEntry.Name("صدام حسين التكريتي", NameKind.ORIGINAL_SCRIPT, false),
            new ParsedEntry.Name("Abu Ali", NameKind.AKA, true));
    assertThat(saddam.programs()).containsExactly("Iraq");
    assertThat(saddam.attributes())
        .contains(
            new ParsedEntry.Attribute(AttributeKind.BIRTH_DATE.name(), "1937-04-28"),
            new ParsedEntry.Attribute(
                AttributeKind.BIRTH_PLACE.name(), "al-Awja, near Tikrit, Iraq"),
            new ParsedEntry.Attribute(AttributeKind.NATIONALITY.name(), "Iraq"),
            new ParsedEntry.Attribute("LISTED_ON", "2003-06-27"));
  }

  @Test
  void referenceNumbersAreStableAcrossVersions() {
    Map<String, ParsedEntry> before = byRef(parse(APRIL_2025));
    Map<String, ParsedEntry> after = byRef(parse(FEBRUARY_2026));

    Set<String> kept = new HashSet<>(before.keySet());
    kept.retainAll(after.keySet());
    // python3 over REFERENCE_NUMBER: 873 in both, 4 delisted, 130 added; no kept entry renamed.
    assertThat(kept).hasSize(873);
    assertThat(before.keySet())
        .filteredOn(r -> !after.containsKey(r))
        .containsExactlyInAnyOrder("IQi.074", "QDi.317", "QDi.328", "QDi.336");
    assertThat(after.keySet()).filteredOn(r -> !before.containsKey(r)).hasSize(130);
    assertThat(kept)
        .allSatisfy(
            r -> {
              assertThat(after.get(r).primaryName()).isEqualTo(before.get(r).primaryName());
              assertThat(after.get(r).type()).isEqualTo(before.get(r).type());
            });
  }

  @Test
  void parsingIsDeterministic() {
    assertThat(parse(APRIL_2025).contentHash()).isEqualTo(parse(APRIL_2025).contentHash());
  }

  @Test
  void aDuplicateReferenceNumberIsRefused() {
    String entity =
        "<ENTITY><FIRST_NAME>ACME</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE>"
            + "<REFERENCE_NUMBER>KPe.001</REFERENCE_NUMBER></ENTITY>";
    String xml =
        "<CONSOLIDATED_LIST dateGenerated='2025-04-19T23:00:04.625Z'><INDIVIDUALS/><ENTITIES>"
            + entity
            + entity
            + "</ENTITIES></CONSOLIDATED_LIST>";

    assertThatThrownBy(() -> UnXmlParser.parse(stream(xml), "un-sc"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("KPe.001 appears twice");
  }

  private static Map<String, ParsedEntry> byRef(ParsedList list) {
    return list.entries().stream()
        .collect(Collectors.toMap(ParsedEntry::sourceRef, Function.identity()));
  }
}
