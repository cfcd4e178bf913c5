package io.sanctionscreen.review;

import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.monitoring.AlertView;
import io.sanctionscreen.monitoring.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officers' decisions on alerts, with a second officer's approval to clear a blocking one. */
@Path("/api/v1/alerts/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "Decisions on alerts, with four eyes")
@RolesAllowed(Roles.OFFICER)
public class ReviewResource {

  private final ReviewService review;
  private final SecurityIdentity identity;

  public ReviewResource(ReviewService review, SecurityIdentity identity) {
    this.review = review;
    this.identity = identity;
  }

  @POST
  @Path("/decision")
  @Operation(
      summary = "Decide an alert",
      description =
          "FALSE_POSITIVE clears it, or, if its outcome is BLOCK, leaves it PENDING_APPROVAL until"
              + " a different officer approves; TRUE_MATCH confirms it; ESCALATE passes it on.")
  @APIResponse(responseCode = "200", description = "The alert after the decision")
  @APIResponse(responseCode = "400", description = "An unknown decision")
  @APIResponse(responseCode = "404", description = "No such alert")
  @APIResponse(responseCode = "409", description = "The alert is already decided")
  public AlertView decide(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
    return review.decide(
        Paging.id(id), request.decision(), request.comment(), Callers.name(identity));
  }

  @POST
  @Path("/approval")
  @Operation(summary = "Approve clearing a BLOCK alert (a different officer than the decider)")
  @APIResponse(responseCode = "200", description = "The alert, cleared")
  @APIResponse(responseCode = "404", description = "No such alert")
  @APIResponse(
      responseCode = "409",
      description = "No approval pending, or the caller is the officer who decided")
  public AlertView approve(@PathParam("id") String id, @Valid ApprovalRequest request) {
    return review.approve(
        Paging.id(id), request == null ? null : request.comment(), Callers.name(identity));
  }
}
