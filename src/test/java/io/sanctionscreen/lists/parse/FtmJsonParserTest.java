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

class FtmJsonParserTest {

  private static final LocalDate DATE = LocalDate.of(2024, 7, 5);

  @Test
  void readsAFullExportAndSkipsTheAddressEntity() {
    ParsedList list =
        FtmJsonParser.parse(
            "opensanctions", DATE, TestFiles.reader("opensanctions/t1_entities.ftm.json"));

    // python3 json: 7 lines, 6 of a screenable schema (4 Person, 2 Organization) and 1 Address;
    // 35 distinct names, 11 of them not in Latin script.
    assertThat(list.entries()).hasSize(6);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(4);
    assertThat(list.entries()).flatMap(ParsedEntry::names).hasSize(35);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
        .hasSize(11);
  }

  @Test
  void aPersonWithItsFacts() {
    ParsedEntry p =
        entry(
            FtmJsonParser.parse(
                "opensanctions", DATE, TestFiles.reader("opensanctions/t1_entities.ftm.json")),
            "NK-2Ka3UvopqbpZmVDFjWd4LA");

    assertThat(p.type()).isEqualTo(EntryType.PERSON);
    assertThat(p.names())
        .containsExactly(
            new ParsedEntry.Name("Vitaly Yurievich KUZMENKO", NameKind.PRIMARY, false),
            new ParsedEntry.Name("Vitalij Kuzmenko", NameKind.AKA, false),
            new ParsedEntry.Name("Виталий Юрьевич КУЗЬМЕНКО", NameKind.ORIGINAL_SCRIPT, false));
    assertThat(p.identifiers())
        .containsExactly(new ParsedEntry.Identifier("taxNumber", "366510784303", null, null));
    assertThat(p.attributes())
        .contains(
            new ParsedEntry.Attribute(AttributeKind.BIRTH_DATE.name(), "1971-01-22"),
            new ParsedEntry.Attribute(AttributeKind.NATIONALITY.name(), "ru"),
            new ParsedEntry.Attribute("GENDER", "male"),
            new ParsedEntry.Attribute("DATASET", "eu_fsf"));
    assertThat(p.remarks())
        .isEqualTo("The plant is part of the High Precision Systems holding company of Rostec");
  }

  @Test
  void appliesTheDeltaOpsInOrderAndJoinsSanctions() {
    ParsedList list =
        FtmJsonParser.parse(
            "opensanctions",
            DATE,
            TestFiles.reader("opensanctions/entities_2024-07.delta.json.gz"));

    // python3 json, ops applied in order from an empty state: 1,129 entities remain, 576 of a
    // screenable schema (451 Person, 97 Organization, 27 LegalEntity, 1 Company); 14,553
    // distinct names, 2,503 weak, 4,828 not in Latin script, 15 previous names; 520 entities are
    // named by a Sanction.
    assertThat(list.entries()).hasSize(576);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(451);
    assertThat(list.entries()).flatMap(ParsedEntry::names).hasSize(14553);
    assertThat(list.entries()).flatMap(ParsedEntry::names).filteredOn(n -> n.weak()).hasSize(2503);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
        .hasSize(4828);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.FKA)
        .hasSize(15);
    assertThat(list.entries()).filteredOn(e -> !e.programs().isEmpty()).hasSize(520);
    ParsedEntry salek = entry(list, "NK-2XAfkJ9t2UuWnoRG5EBoYu");
    assertThat(salek.primaryName()).isEqualTo("Abdulhai Salek");
    assertThat(salek.programs()).containsExactly("DTTOT");
    assertThat(salek.names())
        .contains(new ParsedEntry.Name("عبد الحي سالك", NameKind.ORIGINAL_SCRIPT, false));
  }

  @Test
  void aDeltaAfterItsBaseReplacesAndRemoves() {
    String base =
        "{\"id\":\"p1\",\"schema\":\"Person\",\"caption\":\"Ivan Petrov\","
            + "\"properties\":{\"name\":[\"Ivan Petrov\"]}}\n"
            + "{\"id\":\"s1\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"p1\"],"
            + "\"program\":[\"RU-EO14024\"]}}\n"
            + "{\"id\":\"c1\",\"schema\":\"Company\",\"caption\":\"Acme\","
            + "\"properties\":{\"name\":[\"Acme\"]}}\n";
    String delta =
        "{\"op\":\"MOD\",\"entity\":{\"id\":\"p1\",\"schema\":\"Person\","
            + "\"caption\":\"Ivan PETROV\",\"properties\":{\"name\":[\"Ivan PETROV\"]}}}\n"
            + "{\"op\":\"DEL\",\"entity\":{\"id\":\"s1\"}}\n"
            + "{\"op\":\"DEL\",\"entity\":{\"id\":\"c1\"}}\n";

    ParsedList list =
        FtmJsonParser.parse("os", DATE, new StringReader(base), new StringReader(delta));

    assertThat(list.entries()).hasSize(1);
    assertThat(list.entries().get(0).primaryName()).isEqualTo("Ivan PETROV");
    assertThat(list.entries().get(0).programs()).isEmpty();
  }

  @Test
  void anUnknownOpIsRefused() {
    String delta = "{\"op\":\"PATCH\",\"entity\":{\"id\":\"p1\"}}\n";

    assertThatThrownBy(() -> FtmJsonParser.parse("os", DATE, new StringReader(delta)))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("line 1: unknown delta op 'PATCH'");
  }
}
