package io.sanctionscreen.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the answers every API operation may give whatever it does, so that each resource
 * documents only its own: 401 and 403 (access control), 429 (the per-caller rate limit), 413 for
 * operations that take a body (the body limit). An operation that documents one of these itself
 * (the list import's own 413) keeps its description. Every error answer (4xx, 5xx) of the API is
 * problem+json, so the resources give an error's status and description only and this filter adds
 * the content, with the real answer of that status as its example (from {@code
 * openapi/examples.json}, which OpenApiExamplesTest compares with real answers). Registered as
 * {@code mp.openapi.filter}.
 */
public class CommonResponsesFilter implements OASFilter {

  /** Where the examples are: real answers, by status for problems and by operation otherwise. */
  static final String EXAMPLES = "openapi/examples.json";

  private static final Map<String, String> EVERY_OPERATION =
      Map.of(
          "401", "Credentials are missing or not valid",
          "403", "The caller lacks the role this operation needs",
          "429", "The caller sends too many requests; retry after the Retry-After delay");

  private static final String BODY_TOO_LARGE =
      "The request body is larger than screening.limits.max-body-size (10 MB by default)";

  private final Map<String, Object> problems;
  private final Map<String, Object> responses;

  /** Reads the examples. */
  public CommonResponsesFilter() {
    Map<String, Map<String, Object>> file = examples();
    this.problems = file.get("problems");
    this.responses = file.get("responses");
  }

  /** The examples file: "problems" by status, "responses" by "METHOD /path status". */
  static Map<String, Map<String, Object>> examples() {
    try (InputStream in =
        CommonResponsesFilter.class.getClassLoader().getResourceAsStream(EXAMPLES)) {
      if (in == null) {
        throw new IllegalStateException(EXAMPLES + " is missing from the class path");
      }
      Map<String, Object> all = new ObjectMapper().readValue(in, new TypeReference<>() {});
      return Map.of(
          "problems", object(all.get("problems")), "responses", object(all.get("responses")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + EXAMPLES, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object json) {
    if (!(json instanceof Map<?, ?>)) {
      throw new IllegalStateException(EXAMPLES + ": expected an object");
    }
    return (Map<String, Object>) json;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
        continue;
      }
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().getOperations().entrySet()) {
        Operation operation = op.getValue();
        if (operation.getResponses() == null) {
          operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        EVERY_OPERATION.forEach((status, description) -> add(responses, status, description));
        if (operation.getRequestBody() != null) {
          add(responses, "413", BODY_TOO_LARGE);
        }
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
          problemContent(r.getKey(), r.getValue());
          example(op.getKey() + " " + path.getKey() + " " + r.getKey(), r.getKey(), r.getValue());
        }
      }
    }
  }

  /**
   * Adds an answer an operation does not document itself. Quarkus documents a bare 401 and 403
   * ("Not Authorized", "Not Allowed") on every secured operation; those are always replaced.
   */
  private static void add(APIResponses responses, String status, String description) {
    boolean ours = status.equals("401") || status.equals("403");
    if (ours || !responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }
  }

  /** An error answer without content of its own is problem+json. */
  private static void problemContent(String status, APIResponse response) {
    if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
      response.content(
          OASFactory.createContent()
              .addMediaType(
                  Problem.MEDIA_TYPE,
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
  }

  /**
   * Gives an answer its example: the real problem of its status for an error, the real answer of
   * the operation for a success when there is one. Swagger UI would otherwise make one up from the
   * schema (the first enum value, the same problem for every status).
   */
  private void example(String operationStatus, String status, APIResponse response) {
    if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
      return;
    }
    Object value =
        status.startsWith("4") || status.startsWith("5")
            ? problems.get(status)
            : responses.get(operationStatus);
    if (value == null) {
      return;
    }
    response
        .getContent()
        .getMediaTypes()
        .forEach(
            (type, media) -> {
              if (type.endsWith("json") && media.getExamples() == null) {
                media.addExample("status " + status, OASFactory.createExample().value(value));
              }
            });
  }
}
