package io.sanctionscreen.lists.importing;

import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.lists.Examples;
import io.sanctionscreen.lists.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * List administration: import a list file as a new version, or refresh a source from its download
 * address. Kept apart from the read operations so that an admin role can be required here alone.
 */
@Path("/api/v1/lists/{source}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "List administration",
    description =
        "Import list files and refresh sources from their download addresses; each import is all"
            + " or nothing, and a refused file leaves the version in use serving")
@RolesAllowed({Roles.ADMIN})
public class ListAdminResource {

  private final ListFileImportService imports;
  private final ListRefreshService refreshes;
  private final io.quarkus.security.identity.SecurityIdentity identity;

  public ListAdminResource(
      ListFileImportService imports,
      ListRefreshService refreshes,
      io.quarkus.security.identity.SecurityIdentity identity) {
    this.identity = identity;
    this.imports = imports;
    this.refreshes = refreshes;
  }

  @POST
  @Path("/import")
  @Consumes({
    MediaType.APPLICATION_OCTET_STREAM,
    "application/zip",
    "application/gzip",
    MediaType.APPLICATION_XML,
    MediaType.TEXT_XML,
    "text/csv",
    MediaType.APPLICATION_JSON,
    "application/x-ndjson",
    MediaType.TEXT_PLAIN
  })
  @Operation(
      summary = "Import a list file",
      description =
          "Uploads a list file as the request body and imports it as a new version of the"
              + " source, in one transaction; the index then swaps to it. The file may be"
              + " gzip-compressed, or a ZIP (OFAC's CSV set: sdn.csv with alt.csv, add.csv and"
              + " sdn_comments.csv; an FtM export with its delta files). Content equal to the"
              + " active version stores nothing (200); a new version answers 201. A malformed,"
              + " truncated or wrong-format file, or one that removes more than the allowed share"
              + " of the entries (unless force=true), is refused with 422 and nothing changes.")
  @RequestBody(
      required = true,
      description = "The list file",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "201",
      description = "Imported as a new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportOutcome.class)))
  @APIResponse(
      responseCode = "200",
      description = "The content equals the active version: nothing was stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportOutcome.class)))
  @APIResponse(
      responseCode = "400",
      description = "A malformed source id, format, list date or force flag, or an empty body")
  @APIResponse(responseCode = "404", description = "An unknown source")
  @APIResponse(responseCode = "409", description = "Another import is running; retry")
  @APIResponse(
      responseCode = "413",
      description = "The file is larger than screening.lists.max-file-size")
  @APIResponse(
      responseCode = "422",
      description =
          "The file was refused (malformed, truncated, wrong format, no entry of the source, or"
              + " shrunk too much); nothing was imported")
  public Response importFile(
      @Parameter(
              description = "Source id",
              examples = @ExampleObject(name = "UN Security Council", value = Examples.UN_SOURCE))
          @PathParam("source")
          String source,
      @Parameter(
              description =
                  "The file's format, when it is not the source's usual one: ofac-csv, ofac-xml,"
                      + " ofac-enhanced-xml, ofac-advanced-xml, un-xml, eu-fsf-xml, uk-ofsi-csv,"
                      + " uk-sanctions-list-xml, us-csl-csv, ftm-json, custom-csv")
          @QueryParam("format")
          String format,
      @Parameter(
              description =
                  "The list date (2026-02-27) for formats whose files carry none (OFAC CSV, CSL,"
                      + " FtM, custom CSV); default today. Files that carry their date keep it.")
          @QueryParam("listDate")
          String listDate,
      @Parameter(
              description = "true imports a file even if it removes more of the list than allowed",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("force")
          String force,
      @HeaderParam("Content-Length") String contentLength,
      InputStream body) {
    ImportOutcome outcome =
        imports.importUpload(
            source,
            format,
            length(contentLength),
            body,
            QueryParams.date("listDate", listDate),
            QueryParams.bool("force", force, false),
            Callers.name(identity));
    return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(outcome)
        .build();
  }

  @POST
  @Path("/refresh")
  @Operation(
      summary = "Refresh a list from its download address",
      description =
          "Downloads the source from its configured address (screening.lists.sources.\"<id>\".url)"
              + " or the publisher's official one and imports it like an upload. The outcome,"
              + " and the error of a failed attempt, are recorded and shown in GET /api/v1/lists;"
              + " a failed refresh leaves the version in use serving.")
  @APIResponse(
      responseCode = "200",
      description = "Refreshed: a new version, or the content was unchanged (see created)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportOutcome.class)))
  @APIResponse(responseCode = "400", description = "A malformed source id")
  @APIResponse(responseCode = "404", description = "An unknown source")
  @APIResponse(
      responseCode = "409",
      description =
          "The source has no download address, its address is a loopback, link-local or private"
              + " one it is not allowed (allow-private-hosts), or another import is running")
  @APIResponse(
      responseCode = "422",
      description = "The downloaded file was refused; nothing was imported")
  @APIResponse(
      responseCode = "502",
      description =
          "The download failed: unreachable address, an HTTP error, a file over the limit, or a"
              + " redirect to an address the source is not allowed")
  @APIResponse(responseCode = "504", description = "The download did not finish in time")
  public ImportOutcome refresh(
      @Parameter(
              description = "Source id",
              examples = @ExampleObject(name = "UN Security Council", value = Examples.UN_SOURCE))
          @PathParam("source")
          String source) {
    return refreshes.refresh(source, Callers.name(identity));
  }

  private static Long length(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("Content-Length", "not a number");
    }
  }
}
