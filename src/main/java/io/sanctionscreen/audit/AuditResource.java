package io.sanctionscreen.audit;

import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of screenings. */
@Path("/api/v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The stored evidence of every screening")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class AuditResource {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static final Set<String> OUTCOMES = Set.of("BLOCK", "REVIEW", "CLEAR");

  private final AuditService audit;

  public AuditResource(AuditService audit) {
    this.audit = audit;
  }

  @GET
  @Operation(
      summary = "Search screening records",
      description =
          "Screening records matching every criterion given (by reference, date range, outcome,"
              + " caller), newest first, a page at a time. Records are never changed or deleted.")
  @APIResponse(
      responseCode = "200",
      description = "A page of records",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScreeningSearchResult.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A criterion is malformed: a date that is not ISO 8601, an unknown outcome, a"
              + " page size outside 1..500")
  public ScreeningSearchResult search(
      @Parameter(description = "The caller's reference, exactly") @QueryParam("reference")
          String reference,
      @Parameter(
              description = "From this instant (ISO 8601, inclusive)",
              example = "2021-12-01T00:00:00Z")
          @QueryParam("from")
          String from,
      @Parameter(description = "Until this instant (ISO 8601, exclusive)") @QueryParam("to")
          String to,
      @Parameter(description = "BLOCK, REVIEW or CLEAR") @QueryParam("outcome") String outcome,
      @Parameter(description = "Who asked") @QueryParam("caller") String caller,
      @Parameter(description = "First record, from 0", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("offset")
          @DefaultValue("0")
          String offsetParam,
      @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("limit")
          @DefaultValue("50")
          String limitParam) {
    int offset = integer("offset", offsetParam);
    int limit = integer("limit", limitParam);
    if (offset < 0) {
      throw new InvalidInputException("offset", "must be 0 or more");
    }
    if (limit < 1 || limit > 500) {
      throw new InvalidInputException("limit", "must be between 1 and 500");
    }
    if (outcome != null && !OUTCOMES.contains(outcome)) {
      throw new InvalidInputException("outcome", "must be BLOCK, REVIEW or CLEAR");
    }
    return audit.search(
        reference, instant("from", from), instant("to", to), outcome, caller, offset, limit);
  }

  /** A whole number, or a 400 naming the parameter (JAX-RS would answer a bare 404). */
  private static int integer(String field, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
      throw new InvalidInputException(field, "'" + shown + "' is not a whole number");
    }
  }

  private static Instant instant(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "must be an ISO 8601 instant such as 2021-12-10T00:00:00Z");
    }
  }

  @GET
  @Path("/{screeningId}")
  @Operation(
      summary = "Read a screening record",
      description =
          "The request, the normalized query, the list versions used, every hit with its score and"
              + " explanation, the outcome, the caller and the time of one screening.")
  @APIResponse(
      responseCode = "200",
      description = "The record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScreeningRecordView.class)))
  @APIResponse(responseCode = "400", description = "The id is not a UUID")
  @APIResponse(responseCode = "404", description = "No screening with this id")
  public ScreeningRecordView get(@PathParam("screeningId") String screeningId) {
    if (!UUID.matcher(screeningId).matches()) {
      throw new InvalidInputException("screeningId", "expected a UUID as returned by /screen");
    }
    return audit.find(screeningId);
  }
}
