package io.sanctionscreen.screening.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.screening.Channel;
import io.sanctionscreen.screening.Examples;
import io.sanctionscreen.screening.Purpose;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Screens many names in one request: a deal list, a client file, a payment batch. */
@Path("/api/v1/screen/batch")
@Tag(name = "Screening")
@RolesAllowed({Roles.SCREENER, Roles.OFFICER, Roles.ADMIN})
public class BatchResource {

  private final BatchScreeningService batches;
  private final ObjectMapper json;
  private final SecurityIdentity identity;

  public BatchResource(
      BatchScreeningService batches, ObjectMapper json, SecurityIdentity identity) {
    this.batches = batches;
    this.json = json;
    this.identity = identity;
  }

  @POST
  @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
  @Produces({MediaType.APPLICATION_JSON, "text/csv", MediaType.APPLICATION_XML})
  @Operation(
      summary = "Screen a batch of names",
      description =
          "Takes a JSON body {\"queries\": [...]} (each item the body of POST /api/v1/screen,"
              + " with reference as your row id) or a CSV file with a header row and the columns"
              + " reference, name, type, country, birth_date, purpose, identifiers (type:value"
              + " pairs separated by ;); up to 100,000 rows. Answers in JSON, CSV (cells safe"
              + " for spreadsheets) or JUnit XML (each row a test case, BLOCK a failure) by"
              + " Accept or the format parameter, streaming as rows are screened. A bad row is"
              + " reported in its place; every screened row is recorded.")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Two counterparties", value = Examples.BATCH_JSON)),
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "Deal list", value = Examples.BATCH_CSV))
      })
  @APIResponse(
      responseCode = "200",
      description = "The report, one entry per row, with a summary",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON),
        @Content(mediaType = "text/csv"),
        @Content(mediaType = MediaType.APPLICATION_XML)
      })
  @APIResponse(
      responseCode = "400",
      description =
          "The body is not a batch: not JSON with a queries array, a CSV header without"
              + " a name column or with unknown columns, an unknown purpose, format or failOn")
  @APIResponse(responseCode = "415", description = "The body is neither JSON nor CSV")
  @APIResponse(
      responseCode = "503",
      description = "The lists are still loading; retry after the Retry-After delay")
  public Response batch(
      InputStream body,
      @Parameter(description = "Purpose of rows that state none", example = "INVESTMENT")
          @QueryParam("purpose")
          String purpose,
      @Parameter(description = "Report format, overriding Accept: json, csv or junit")
          @QueryParam("format")
          String format,
      @Parameter(description = "JUnit only: which outcomes are failures, block (default) or review")
          @QueryParam("failOn")
          String failOn,
      HttpHeaders headers) {
    Purpose p = purpose(purpose);
    ReportFormat f = format(format, headers);
    ReportFormat.FailOn fo = ReportFormat.FailOn.of(failOn == null ? "block" : failOn);
    if (fo == null) {
      throw new InvalidInputException("failOn", "must be block or review");
    }
    batches.checkAvailable();
    MediaType in = headers.getMediaType();
    Iterator<BatchInput.Item> items;
    if (in != null && in.isCompatible(MediaType.valueOf("text/csv"))) {
      Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
      items = BatchInput.csv(reader);
    } else {
      items = BatchInput.json(json, body);
    }
    String caller = Callers.name(identity);
    StreamingOutput out =
        os ->
            batches.run(
                items, p, caller, Channel.BATCH, f.writer(os, json, fo, "sanctions-screening"));
    return Response.ok(out, f.mediaType()).build();
  }

  private static Purpose purpose(String purpose) {
    if (purpose == null) {
      return null;
    }
    try {
      return Purpose.valueOf(purpose.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "purpose", "'" + purpose + "' is not one of " + Arrays.toString(Purpose.values()));
    }
  }

  private static ReportFormat format(String format, HttpHeaders headers) {
    if (format != null) {
      ReportFormat f = ReportFormat.of(format);
      if (f == null) {
        throw new InvalidInputException("format", "must be json, csv or junit");
      }
      return f;
    }
    // In the caller's order of preference; a wildcard means the default, JSON.
    for (MediaType m : headers.getAcceptableMediaTypes()) {
      if (m.isWildcardType() || m.isWildcardSubtype()) {
        return ReportFormat.JSON;
      }
      String type = m.getType() + "/" + m.getSubtype();
      switch (type.toLowerCase(Locale.ROOT)) {
        case "text/csv":
          return ReportFormat.CSV;
        case "application/xml", "text/xml":
          return ReportFormat.JUNIT;
        case "application/json":
          return ReportFormat.JSON;
        default:
          break;
      }
    }
    return ReportFormat.JSON;
  }
}
