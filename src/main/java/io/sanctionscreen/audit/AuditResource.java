package io.sanctionscreen.audit;

import io.sanctionscreen.web.Problem;
import io.sanctionscreen.web.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of screenings. */
@Path("/api/v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The stored evidence of every screening")
public class AuditResource {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final AuditService audit;

  public AuditResource(AuditService audit) {
    this.audit = audit;
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
  @APIResponse(
      responseCode = "400",
      description = "The id is not a UUID",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No screening with this id",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ScreeningRecordView get(@PathParam("screeningId") String screeningId) {
    if (!UUID.matcher(screeningId).matches()) {
      throw ProblemException.badRequest("screeningId", "expected a UUID as returned by /screen");
    }
    return audit.find(screeningId);
  }
}
