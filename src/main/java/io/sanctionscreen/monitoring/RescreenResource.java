package io.sanctionscreen.monitoring;

import io.sanctionscreen.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The progress of full re-screens. */
@Path("/api/v1/rescreens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Watchlists of counterparties, re-screened on list changes")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class RescreenResource {

  private final RescreenService rescreens;

  public RescreenResource(RescreenService rescreens) {
    this.rescreens = rescreens;
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A re-screen job and its progress")
  @APIResponse(responseCode = "200", description = "The job")
  @APIResponse(responseCode = "404", description = "No such job")
  public RescreenView get(@PathParam("id") String id) {
    return rescreens.get(Paging.id(id));
  }
}
