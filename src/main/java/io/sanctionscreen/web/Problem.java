package io.sanctionscreen.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 7807 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type URI of the problem type
 * @param title short summary of the problem type
 * @param status HTTP status
 * @param detail what was wrong with this request
 * @param instance the request path
 * @param errors the fields that were wrong, for validation errors
 */
@Schema(name = "Problem", description = "RFC 7807 problem detail, returned for every error.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    @Schema(example = "urn:sanctionscreen:problem:invalid-request") String type,
    @Schema(example = "Invalid request") String title,
    @Schema(example = "400") int status,
    @Schema(example = "name: must not be blank") String detail,
    @Schema(example = "/api/v1/screen") String instance,
    List<FieldError> errors) {

  /** Base of the problem type URIs. */
  public static final String TYPE_BASE = "urn:sanctionscreen:problem:";

  /** The media type of problem bodies. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One invalid field.
   *
   * @param field the field or parameter name, as the caller wrote it
   * @param message what was wrong with it
   */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "name") String field,
      @Schema(example = "must not be blank") String message) {}
}
