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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomCsvParserTest {

  private static final LocalDate DATE = LocalDate.of(2026, 1, 15);

  @Test
  void readsTheDocumentedColumns() {
    ParsedList list =
        CustomCsvParser.parse(TestFiles.reader("custom/watchlist.csv"), "custom", DATE);

    assertThat(list.listDate()).isEqualTo(DATE);
    assertThat(list.entries())
        .extracting(ParsedEntry::sourceRef)
        .containsExactly("W-001", "W-002", "W-003");

    ParsedEntry acme = entry(list, "W-001");
    assertThat(acme.type()).isEqualTo(EntryType.ORGANIZATION);
    assertThat(acme.names())
        .containsExactly(
            new ParsedEntry.Name("Acme Trading, Ltd.", NameKind.PRIMARY, false),
            new ParsedEntry.Name("Acme Trade", NameKind.AKA, false),
            new ParsedEntry.Name("ACME TRDG", NameKind.AKA, false));
    assertThat(acme.identifiers())
        .containsExactly(new ParsedEntry.Identifier("Trade License No.", "123456", null, null));
    assertThat(acme.remarks()).isEqualTo("Blocked after a chargeback ring, 2024");

    ParsedEntry ivan = entry(list, "W-002");
    assertThat(ivan.type()).isEqualTo(EntryType.PERSON);
    assertThat(ivan.programs()).containsExactly("INTERNAL-FRAUD", "PEP");
    assertThat(ivan.names()).extracting(ParsedEntry.Name::name).contains("Иван Петров");
    assertThat(ivan.attributes())
        .containsExactly(
            new ParsedEntry.Attribute("COUNTRY", "RU"),
            new ParsedEntry.Attribute(AttributeKind.BIRTH_DATE.name(), "1961-03"));

    assertThat(entry(list, "W-003").identifiers())
        .containsExactly(
            new ParsedEntry.Identifier("IMO", "9562233", null, null),
            new ParsedEntry.Identifier("MMSI", "636019825", null, null));
  }

  @Test
  void headerNamesAreCaseInsensitiveAndOptionalColumnsMayBeLeftOut() {
    ParsedList list = CustomCsvParser.parse(new StringReader("ID,Name\n1,Acme\n"), "custom", DATE);

    assertThat(list.entries()).extracting(ParsedEntry::primaryName).containsExactly("Acme");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "id,name,alias\\n1,Acme,Acme Co | unknown column 'alias' in the header (line 1)",
        "id,type\\n1,person | the header (line 1) has no 'name' column",
        "id,name,name\\n1,Acme,Acme | column 'name' appears twice",
        "id,name\\n1,Acme\\n1,Acme Co | line 3: id '1' is already used on line 2",
        "id,name\\n1, | line 2: the name of '1' is empty",
        "id,name\\n,Acme | line 2: the id is empty",
        "id,name,type\\n1,Acme,company | line 2: unknown type 'company'",
        "id,name,birth_date\\n1,Ivan,10/12/1948 | line 2: birth_date '10/12/1948' is not 1948",
        "id,name,identifiers\\n1,Acme,123456 | line 2: identifier '123456' is not written type:value",
        "id,name\\n1,Acme,extra | line 2 has 3 fields, the header has 2",
        "id,name\\n1,\"Acme | not valid CSV",
        "'' | the file is empty; a header row is required",
      })
  void refusesWithAClearMessage(String csv, String message) {
    String text = csv.replace("\\n", "\n");

    assertThatThrownBy(() -> CustomCsvParser.parse(new StringReader(text), "custom", DATE))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("custom watch list CSV: ")
        .hasMessageContaining(message);
  }
}
