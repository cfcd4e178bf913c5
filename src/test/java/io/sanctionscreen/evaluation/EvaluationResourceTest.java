package io.sanctionscreen.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sanctionscreen.web.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The evaluation endpoint on a small labelled file whose every outcome is known. */
@QuarkusTest
class EvaluationResourceTest {

  private static String small() throws IOException {
    try (InputStream in = EvaluationResourceTest.class.getResourceAsStream("/eval/small.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void countsAreExact() throws IOException {
    JsonPath r =
        given()
            .contentType("text/csv")
            .body(small())
            .when()
            .post("/api/v1/evaluations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getInt("queries")).isEqualTo(10);
    assertThat(r.getInt("overall.positives")).isEqualTo(6);
    assertThat(r.getInt("overall.found")).isEqualTo(5);
    assertThat(r.getInt("overall.negatives")).isEqualTo(4);
    assertThat(r.getInt("overall.falseAlerts")).isEqualTo(1);
    assertThat(r.getInt("byTreatment.exact.found")).isEqualTo(2);
    assertThat(r.getInt("byTreatment.typo.found")).isEqualTo(1);
    assertThat(r.getInt("byTreatment.mislabelled.positives")).isEqualTo(1);
    assertThat(r.getInt("byTreatment.mislabelled.found")).isEqualTo(0);
    assertThat(r.getInt("byTreatment.mislabelled.falseAlerts")).isEqualTo(1);
    assertThat(r.getInt("byType.person.positives")).isEqualTo(2);
    assertThat(r.getString("misses[0].queryId")).isEqualTo("s6");
    assertThat(r.getString("falseAlerts[0].queryId")).isEqualTo("n4");
    assertThat(r.getString("falseAlerts[0].topEntityId")).isEqualTo("us-ofac-cons:33114");
    assertThat(r.getList("sweep")).hasSize(51);
    assertThat(r.getDouble("sweep[0].threshold")).isEqualTo(0.5);
  }

  @Test
  void severalFilesEachGetTheirReport() throws IOException {
    byte[] csv = small().getBytes(StandardCharsets.UTF_8);
    byte[] firstHalf =
        String.join("\n", small().lines().limit(4).toList()).getBytes(StandardCharsets.UTF_8);
    JsonPath r =
        given()
            .multiPart("file", "small.csv", csv, "text/csv")
            .multiPart("file", "head.csv", firstHalf, "text/csv")
            .when()
            .post("/api/v1/evaluations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getList("")).hasSize(2);
    assertThat(r.getString("[0].file")).isEqualTo("small.csv");
    assertThat(r.getInt("[0].report.queries")).isEqualTo(10);
    assertThat(r.getInt("[0].report.overall.found")).isEqualTo(5);
    assertThat(r.getString("[1].file")).isEqualTo("head.csv");
    assertThat(r.getInt("[1].report.queries")).isEqualTo(3);
    assertThat(r.getInt("[1].report.overall.found")).isEqualTo(3);
    String text =
        given()
            .multiPart("file", "small.csv", csv, "text/csv")
            .multiPart("file", "head.csv", firstHalf, "text/csv")
            .accept("text/plain")
            .when()
            .post("/api/v1/evaluations")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(text).contains("== small.csv ==", "== head.csv ==", "case_punct");
  }

  @Test
  void chartIsAPng() throws IOException {
    byte[] png =
        given()
            .contentType("text/csv")
            .accept("image/png")
            .body(small())
            .when()
            .post("/api/v1/evaluations")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(520);
  }

  @Test
  void tableIsText() throws IOException {
    String text =
        given()
            .contentType("text/csv")
            .accept("text/plain")
            .body(small())
            .when()
            .post("/api/v1/evaluations")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(text).startsWith("Evaluation of 10 queries at threshold");
    assertThat(text).contains("Misses (1), worst first").contains("False alerts (1), worst first");
  }

  @Test
  void aThresholdThatIsNotANumberIs400NamingIt() throws IOException {
    for (String bad : new String[] {"abc", "1.5", "NaN"}) {
      given()
          .contentType("text/csv")
          .queryParam("threshold", bad)
          .body(small())
          .when()
          .post("/api/v1/evaluations")
          .then()
          .statusCode(400)
          .contentType(Problem.MEDIA_TYPE)
          .body("errors[0].field", equalTo("threshold"));
    }
  }

  @Test
  void notALabelledFileIs400() {
    given()
        .contentType("text/csv")
        .body("name,list\nx,y\n")
        .when()
        .post("/api/v1/evaluations")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("body"));
  }
}
