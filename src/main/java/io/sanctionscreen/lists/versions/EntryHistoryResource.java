package io.sanctionscreen.lists.versions;

import io.sanctionscreen.access.Roles;
import io.sanctionscreen.lists.Examples;
import io.sanctionscreen.lists.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One entry across the versions of its list. */
@Path("/api/v1/entities/{entityId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lists")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class EntryHistoryResource {

  private final ListChangesService changes;

  public EntryHistoryResource(ListChangesService changes) {
    this.changes = changes;
  }

  @GET
  @Operation(
      summary = "History of a list entry",
      description =
          "Every version of the entry's list that added it, changed it (with the fields that"
              + " changed, before and after) or removed it, oldest first; versions that left it"
              + " unchanged are not listed. Works for entries no longer listed.")
  @APIResponse(
      responseCode = "200",
      description = "The entry's history",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntryHistory.class)))
  @APIResponse(responseCode = "400", description = "The id is not of the form <source>:<id>")
  @APIResponse(responseCode = "404", description = "No version of any list ever held this id")
  public EntryHistory history(
      @Parameter(
              description = "Stable entity id",
              examples = @ExampleObject(name = "SenseTime", value = Examples.ENTITY_ID))
          @PathParam("entityId")
          String entityId) {
    return changes.history(QueryParams.entityId(entityId));
  }
}
