package io.sanctionscreen.lists.versions;

import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.lists.Examples;
import io.sanctionscreen.lists.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The versions of a list and what changed between them. */
@Path("/api/v1/lists/{source}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lists")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ListVersionResource {

  private final ListChangesService changes;

  public ListVersionResource(ListChangesService changes) {
    this.changes = changes;
  }

  @GET
  @Path("/versions")
  @Operation(
      summary = "Versions of a list",
      description =
          "Every imported version of the source, newest first: list date, counts, content hash,"
              + " when, by whom and from where it was imported, and how many entries it added,"
              + " removed and modified against the version before it.")
  @APIResponse(
      responseCode = "200",
      description = "A page of versions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VersionPage.class)))
  @APIResponse(responseCode = "400", description = "A malformed source id, limit or offset")
  @APIResponse(responseCode = "404", description = "An unknown source, or one with no version yet")
  public VersionPage versions(
      @Parameter(
              description = "Source id",
              examples = @ExampleObject(name = "OFAC non-SDN", value = Examples.SOURCE_ID))
          @PathParam("source")
          String source,
      @Parameter(description = "Versions to skip (0 to 1,000,000; default 0)") @QueryParam("offset")
          String offset,
      @Parameter(description = "Most versions to return (1 to 500; default 50)")
          @QueryParam("limit")
          String limit) {
    String id = QueryParams.source(source).id();
    return changes.versions(
        id,
        QueryParams.integer("offset", offset, 0, 0, 1_000_000),
        QueryParams.integer("limit", limit, 50, 1, ListChangesService.MAX_VERSIONS));
  }

  @GET
  @Path("/changes")
  @Operation(
      summary = "What changed between two versions",
      description =
          "Entries added, removed and modified between two versions of the source, in entity id"
              + " order, with the fields that changed (type, name, names, programs, remarks,"
              + " addresses, identifiers, attributes) before and after. Without parameters: from"
              + " the version active before the current one to the current one; for a source's"
              + " first version every entry counts as added.")
  @APIResponse(
      responseCode = "200",
      description = "The counts and a page of changes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ListChanges.class)))
  @APIResponse(
      responseCode = "400",
      description = "A malformed source id, version, kind, limit or offset")
  @APIResponse(
      responseCode = "404",
      description = "An unknown source, or a version that is not one of the source's")
  public ListChanges changes(
      @Parameter(
              description = "Source id",
              examples = @ExampleObject(name = "OFAC non-SDN", value = Examples.SOURCE_ID))
          @PathParam("source")
          String source,
      @Parameter(
              description = "The older version (default: the version active before `to`)",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "The newer version (default: the active version)",
              schema = @Schema(type = SchemaType.INTEGER))
          @QueryParam("to")
          String to,
      @Parameter(
              description = "Only changes of this kind: ADDED, REMOVED or MODIFIED",
              schema = @Schema(implementation = ListChanges.Kind.class))
          @QueryParam("kind")
          String kind,
      @Parameter(description = "Changes to skip (0 to 10,000,000; default 0)") @QueryParam("offset")
          String offset,
      @Parameter(description = "Most changes to return (1 to 1000; default 100)")
          @QueryParam("limit")
          String limit) {
    String id = QueryParams.source(source).id();
    return changes.changes(
        id,
        QueryParams.version("from", from),
        QueryParams.version("to", to),
        kind(kind),
        QueryParams.integer("offset", offset, 0, 0, 10_000_000),
        QueryParams.integer("limit", limit, 100, 1, ListChangesService.MAX_CHANGES));
  }

  private static ListChanges.Kind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ListChanges.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "expected ADDED, REMOVED or MODIFIED");
    }
  }
}
