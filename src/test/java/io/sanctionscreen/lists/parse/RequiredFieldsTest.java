package io.sanctionscreen.lists.parse;

import static io.sanctionscreen.lists.parse.OfacXmlParserTest.stream;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each parser names the record and the field when a required field is missing. */
class RequiredFieldsTest {

  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  static Stream<Arguments> missingFields() {
    return Stream.of(
        arguments(
            "OFAC XML without Publish_Date",
            s -> OfacXmlParser.parse(stream(s), "x"),
            "<sdnList><sdnEntry><uid>1</uid><lastName>A</lastName><sdnType>Entity</sdnType>"
                + "</sdnEntry></sdnList>",
            "the file has no publshInformation/Publish_Date"),
        arguments(
            "OFAC XML entry without a name",
            s -> OfacXmlParser.parse(stream(s), "x"),
            "<sdnList><publshInformation><Publish_Date>03/28/2025</Publish_Date>"
                + "</publshInformation><sdnEntry><uid>7</uid><sdnType>Entity</sdnType></sdnEntry>"
                + "</sdnList>",
            "sdnEntry 7 has no name (line 1"),
        arguments(
            "Enhanced XML entity without an id",
            s -> OfacEnhancedXmlParser.parse(stream(s), "x"),
            "<sanctionsData><publicationInfo><dataAsOf>2025-01-10T00:00:00</dataAsOf>"
                + "</publicationInfo><entities><entity><generalInfo><entityType>Entity"
                + "</entityType></generalInfo></entity></entities></sanctionsData>",
            "an entity has no id (line 1"),
        arguments(
            "UN entry without REFERENCE_NUMBER",
            s -> UnXmlParser.parse(stream(s), "x"),
            "<CONSOLIDATED_LIST dateGenerated='2025-04-19T00:00:00Z'><ENTITIES><ENTITY>"
                + "<DATAID>42</DATAID><FIRST_NAME>ACME</FIRST_NAME></ENTITY></ENTITIES>"
                + "</CONSOLIDATED_LIST>",
            "an ENTITY has no REFERENCE_NUMBER (DATAID 42, line 1"),
        arguments(
            "UN file without dateGenerated",
            s -> UnXmlParser.parse(stream(s), "x"),
            "<CONSOLIDATED_LIST><ENTITIES/></CONSOLIDATED_LIST>",
            "dateGenerated is missing or not a date"),
        arguments(
            "EU entity without logicalId",
            s -> EuFsfXmlParser.parse(stream(s), "x"),
            "<export xmlns='http://eu.europa.ec/fpi/fsd/export' generationDate='2026-08-05'>"
                + "<sanctionEntity><subjectType code='person'/></sanctionEntity></export>",
            "a sanctionEntity has no logicalId (line 1"),
        arguments(
            "UK designation without UniqueID",
            s -> UkSanctionsListXmlParser.parse(stream(s), "x"),
            "<Designations dateGenerated='2026-08-14T23:00:04Z'><Designation>"
                + "<Names><Name><Name6>ACME</Name6><NameType>Primary Name</NameType></Name></Names>"
                + "<IndividualEntityShip>Entity</IndividualEntityShip></Designation></Designations>",
            "a Designation has no UniqueID (line 1"),
        arguments(
            "OFSI row without Group ID",
            s -> UkOfsiCsvParser.parse(new StringReader(s), "x"),
            "Last Updated,10/04/2025\n"
                + String.join(",", UkOfsiCsvParser.COLUMNS)
                + "\nACME"
                + ",".repeat(UkOfsiCsvParser.COLUMNS.size() - 8)
                + "Entity,Primary name,,Russia,,,,\n",
            "line 3 has no Group ID"),
        arguments(
            "CSL row without _id",
            s -> UsCslCsvParser.parse(new StringReader(s), "x", DATE),
            "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,"
                + "start_date,end_date,standard_order,license_requirement,license_policy,call_sign,"
                + "vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,"
                + "remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,"
                + "places_of_birth,source_information_url,ids\n"
                + ",Entity List (EL),,,,ACME"
                + ",".repeat(23)
                + "\n",
            "line 2 has no _id"),
        arguments(
            "FtM entity without schema",
            s -> FtmJsonParser.parse("x", DATE, new StringReader(s)),
            "{\"id\":\"NK-1\",\"properties\":{\"name\":[\"ACME\"]}}\n",
            "line 1: entity NK-1 has no schema"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingFields")
  void refusesWithTheRecordAndField(Consumer<String> parser, String input, String message) {
    assertThatThrownBy(() -> parser.accept(input))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining(message);
  }

  private static Arguments arguments(
      String name, Consumer<String> parser, String input, String message) {
    return Arguments.of(Named.of(name, parser), input, message);
  }
}
