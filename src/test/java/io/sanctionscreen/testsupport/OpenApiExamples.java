package io.sanctionscreen.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The examples the API description shows (src/main/resources/openapi/examples.json), compared with
 * real answers: a documented problem must have the type, title, status and fields of the service's
 * real answer of that status, so that the Swagger UI never shows an answer the service does not
 * give.
 */
public final class OpenApiExamples {

  private OpenApiExamples() {}

  /** The examples file, as JSON. */
  public static Map<String, Object> file() {
    try (InputStream in =
        OpenApiExamples.class.getClassLoader().getResourceAsStream("openapi/examples.json")) {
      return new ObjectMapper().readValue(in, new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documented problem of a status. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> problem(int status) {
    Map<String, Object> problems = (Map<String, Object>) file().get("problems");
    Object p = problems.get(Integer.toString(status));
    assertThat(p).as("a documented example for status %d", status).isNotNull();
    return (Map<String, Object>) p;
  }

  /** Asserts that a real problem answer is the documented one of its status. */
  public static void assertDocumented(Response real) {
    assertLike(problem(real.statusCode()), real.jsonPath().getMap(""));
  }

  /**
   * Asserts that a documented problem is like a real one: the same fields, and the same type, title
   * and status (the detail and the path differ from call to call).
   */
  public static void assertLike(Map<String, Object> documented, Map<String, Object> real) {
    assertThat(documented.keySet())
        .as("the fields of the documented %s", documented.get("status"))
        .isEqualTo(real.keySet());
    for (String field : List.of("type", "title", "status")) {
      assertThat(documented.get(field))
          .as("%s of the documented %s", field, documented.get("status"))
          .isEqualTo(real.get(field));
    }
  }
}
