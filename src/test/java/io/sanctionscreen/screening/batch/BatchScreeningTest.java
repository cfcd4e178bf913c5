package io.sanctionscreen.screening.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sanctionscreen.web.Problem;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Batch screening in every input and output format, with a bad row among good ones. */
@QuarkusTest
class BatchScreeningTest {

  private static String csvBody(String tag) {
    return "reference,name,type,country,birth_date,purpose,identifiers\n"
        + tag
        + "-1,SenseTime Group Ltd,organization,Hong Kong,,IPO,\n"
        + tag
        + "-2,Acme Widgets Inc,organization,,,IPO,\n"
        + tag
        + "-3,,organization,,,IPO,\n"
        + tag
        + "-4,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",organization,,,PAYMENT,\n"
        + tag
        + "-5,Harbour View Holdings,spaceship,,,INVESTMENT,\n"
        + tag
        + "-6,Harbour View Holdings,organization,,,INVESTMENT,C.R. No.:2162198\n";
  }

  @Test
  void jsonInJsonOutWithABadRow() {
    String tag = "bj-" + UUID.randomUUID();
    JsonPath r =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "queries",
                    List.of(
                        Map.of("reference", tag + "-1", "name", "SenseTime Group Ltd"),
                        Map.of("reference", tag + "-2", "name", ""),
                        Map.of("reference", tag + "-3", "name", "Acme Widgets Inc"),
                        Map.of("reference", tag + "-4", "name", "X", "type", "company"))))
            .queryParam("purpose", "IPO")
            .when()
            .post("/api/v1/screen/batch")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .jsonPath();
    assertThat(r.getList("results.row", Integer.class)).containsExactly(1, 2, 3, 4);
    assertThat(r.getString("results[0].response.outcome")).isEqualTo("BLOCK");
    assertThat(r.getString("results[0].response.purpose")).isEqualTo("IPO");
    assertThat(r.getString("results[0].response.hits[0].entityId")).isEqualTo("us-ofac-cons:33114");
    assertThat(r.getString("results[1].error")).isEqualTo("name: must not be blank");
    assertThat(r.getString("results[2].response.outcome")).isEqualTo("CLEAR");
    assertThat(r.getString("results[3].error"))
        .isEqualTo(
            "type: unknown type 'company': expected person, organization, vessel or aircraft");
    assertThat(r.getMap("summary"))
        .isEqualTo(Map.of("rows", 4, "block", 1, "review", 0, "clear", 1, "errors", 2));
    // Screened rows are recorded, as batch rows.
    given()
        .queryParam("reference", tag + "-1")
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].channel", equalTo("BATCH"))
        .body("items[0].outcome", equalTo("BLOCK"));
  }

  @Test
  void csvInCsvOutNeutralizesFormulas() throws Exception {
    String tag = "bc-" + UUID.randomUUID();
    String out =
        given()
            .contentType("text/csv")
            .accept("text/csv")
            .body(csvBody(tag))
            .when()
            .post("/api/v1/screen/batch")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out))
            .getRecords();
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).get("outcome")).isEqualTo("BLOCK");
    assertThat(rows.get(0).get("top_entity_id")).isEqualTo("us-ofac-cons:33114");
    assertThat(rows.get(1).get("outcome")).isEqualTo("CLEAR");
    assertThat(rows.get(2).get("outcome")).isEqualTo("ERROR");
    assertThat(rows.get(2).get("error")).isEqualTo("name: must not be blank");
    assertThat(rows.get(3).get("name")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
    assertThat(rows.get(4).get("outcome")).isEqualTo("ERROR");
    assertThat(rows.get(4).get("error"))
        .isEqualTo("unknown type 'spaceship': expected person, organization, vessel or aircraft");
    assertThat(rows.get(5).get("outcome")).isEqualTo("BLOCK");
    assertThat(rows.get(5).get("top_entity_id")).isEqualTo("us-ofac-cons:33114");
    for (CSVRecord r : rows) {
      for (String cell : r) {
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
      }
    }
  }

  @Test
  void errorRowsKeepTheirReferenceAndName() throws Exception {
    String tag = "be-" + UUID.randomUUID();
    String out =
        given()
            .contentType("text/csv")
            .accept("text/csv")
            .body(
                "reference,name,type,purpose\n"
                    + tag
                    + "-1,Harbour View Holdings,spaceship,\n"
                    + tag
                    + "-2,Acme Widgets Inc,organization,LENDING\n")
            .when()
            .post("/api/v1/screen/batch")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out))
            .getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("outcome")).isEqualTo("ERROR");
    assertThat(rows.get(0).get("reference")).isEqualTo(tag + "-1");
    assertThat(rows.get(0).get("name")).isEqualTo("Harbour View Holdings");
    assertThat(rows.get(1).get("outcome")).isEqualTo("ERROR");
    assertThat(rows.get(1).get("reference")).isEqualTo(tag + "-2");
    assertThat(rows.get(1).get("name")).isEqualTo("Acme Widgets Inc");

    JsonPath json =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "queries",
                    List.of(
                        Map.of(
                            "reference", tag + "-3", "name", "Harbour View", "type", "company"))))
            .when()
            .post("/api/v1/screen/batch")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(json.getString("results[0].reference")).isEqualTo(tag + "-3");
    assertThat(json.getString("results[0].name")).isEqualTo("Harbour View");
    assertThat(json.getString("results[0].error")).startsWith("type: unknown type 'company'");
  }

  @Test
  void formulaLookAlikesAreNeutralizedInCsvReports() throws Exception {
    String tag = "bf-" + UUID.randomUUID();
    String out =
        given()
            .contentType("text/csv; charset=utf-8")
            .accept("text/csv")
            .body(
                "reference,name\n"
                    + tag
                    + "-1,\"\uFF1DHYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\n"
                    + "\uFF20SUM(1),Acme Widgets Inc\n")
            .when()
            .post("/api/v1/screen/batch")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out))
            .getRecords();
    assertThat(rows.get(0).get("name")).isEqualTo("'\uFF1DHYPERLINK(\"http://evil\",\"x\")");
    assertThat(rows.get(1).get("reference")).isEqualTo("'\uFF20SUM(1)");
  }

  @Test
  void csvInJunitOut() throws Exception {
    String tag = "bx-" + UUID.randomUUID();
    String xml =
        given()
            .contentType("text/csv")
            .body(csvBody(tag))
            .queryParam("format", "junit")
            .when()
            .post("/api/v1/screen/batch")
            .then()
            .statusCode(200)
            .contentType(ContentType.XML)
            .extract()
            .asString();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(6);
    assertThat(((Element) cases.item(0)).getAttribute("name"))
        .isEqualTo("1 SenseTime Group Ltd [" + tag + "-1]");
    assertThat(((Element) cases.item(0)).getAttribute("classname")).isEqualTo("screening.ipo");
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(2);
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("BLOCK");
    assertThat(failure.getAttribute("message")).isEqualTo("BLOCK us-ofac-cons:33114");
  }

  @Test
  void notABatchIs400() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("rows", List.of()))
        .when()
        .post("/api/v1/screen/batch")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("rows"));
    given()
        .contentType("text/csv")
        .body("who,what\nx,y\n")
        .when()
        .post("/api/v1/screen/batch")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("header"));
    given()
        .contentType("text/csv")
        .body("name\nx\n")
        .queryParam("purpose", "GAMBLING")
        .when()
        .post("/api/v1/screen/batch")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("purpose"));
    given()
        .contentType(ContentType.TEXT)
        .body("SenseTime")
        .when()
        .post("/api/v1/screen/batch")
        .then()
        .statusCode(415)
        .contentType(Problem.MEDIA_TYPE);
  }
}
