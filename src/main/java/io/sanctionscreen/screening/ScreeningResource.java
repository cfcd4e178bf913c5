package io.sanctionscreen.screening;

import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** Screens names against the loaded sanctions lists. */
@Path("/api/v1/screen")
@Tag(name = "Screening", description = "Screen counterparty names against the loaded lists")
@RolesAllowed({Roles.SCREENER, Roles.OFFICER, Roles.ADMIN})
public class ScreeningResource {

  private static final Logger LOG = Logger.getLogger(ScreeningResource.class);

  private final ScreeningService screening;
  private final SecurityIdentity identity;
  private final Event<AuditWriteFailed> auditFailed;

  public ScreeningResource(
      ScreeningService screening, SecurityIdentity identity, Event<AuditWriteFailed> auditFailed) {
    this.screening = screening;
    this.identity = identity;
    this.auditFailed = auditFailed;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Screen one name",
      description =
          "Matches the name against every loaded list, whatever its script, spelling, word order"
              + " or legal form, and decides for the stated purpose: BLOCK (a strong hit whose"
              + " measures restrict the purpose), REVIEW (a person must look) or CLEAR, with the"
              + " reason, the hits that support it, why each matched and what its listing means."
              + " An identifier equal to a listed one is a hit whatever the name says. Every"
              + " screening is recorded; screeningId finds the record.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScreenRequest.class),
              examples =
                  @ExampleObject(
                      name = "SenseTime",
                      summary = "A company on the NS-CMIC list",
                      value = Examples.SCREEN_REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "The outcome and its hits",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScreenResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "The request is invalid: malformed JSON or bytes that are not UTF-8, an empty or"
              + " over-long name or one holding control characters, an unknown type or purpose, a"
              + " threshold outside 0..1, a limit outside 1..100")
  @APIResponse(responseCode = "415", description = "The body is not JSON")
  @APIResponse(
      responseCode = "503",
      description =
          "The lists are still loading, or the audit record cannot be written: no answer is"
              + " given without its record. Retry after the Retry-After delay.")
  public ScreenResponse screen(@Valid @NotNull ScreenRequest request) {
    try {
      return screening.screen(request, Callers.name(identity), Channel.API);
    } catch (RuntimeException e) {
      if (!StorageFailure.causes(e)) {
        throw e;
      }
      // The audit record could not be written (the transaction commits it with the screening):
      // no answer without it.
      LOG.error("A screening could not be recorded", e);
      auditFailed.fire(new AuditWriteFailed(Channel.API));
      throw StorageFailure.unavailable(e);
    }
  }
}
