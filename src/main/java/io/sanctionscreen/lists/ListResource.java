package io.sanctionscreen.lists;

import io.sanctionscreen.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The loaded lists and their entries. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lists", description = "Loaded sanctions lists, their versions and their entries")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ListResource {

  private final ListQueryService lists;

  public ListResource(ListQueryService lists) {
    this.lists = lists;
  }

  @GET
  @Path("/lists")
  @Operation(
      summary = "Loaded lists",
      description =
          "Each source with its active version (the one screenings use): list date, counts,"
              + " import time and origin; how current it is (currentAsOf, ageDays, stale against"
              + " screening.lists.max-age); and its last refresh from the download address, with"
              + " the error if it failed. A source that was refreshed but never imported has no"
              + " version.")
  @APIResponse(
      responseCode = "200",
      description = "The loaded sources",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ListInfo.class, type = SchemaType.ARRAY)))
  public List<ListInfo> lists() {
    return lists.lists();
  }

  @GET
  @Path("/entities/{entityId}")
  @Operation(
      summary = "Look up a list entry",
      description =
          "The whole entry with this stable id (<source>:<the source's own id>) from the active"
              + " version of its list: names and aliases, programs, remarks, addresses,"
              + " identifiers and dates.")
  @APIResponse(
      responseCode = "200",
      description = "The entry",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EntityView.class)))
  @APIResponse(responseCode = "400", description = "The id is not of the form <source>:<id>")
  @APIResponse(responseCode = "404", description = "No entry with this id in the loaded lists")
  public EntityView entity(
      @Parameter(
              description = "Stable entity id",
              examples = @ExampleObject(name = "SenseTime", value = Examples.ENTITY_ID))
          @PathParam("entityId")
          String entityId) {
    return lists.entity(entityId);
  }
}
