package io.sanctionscreen.evaluation;

import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.lists.parse.ListFormatException;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.screening.ScreeningConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Lets a bank test its screening filter: screens a labelled query file against the loaded lists and
 * reports recall and false-alert rate. Evaluation queries are not screenings of counterparties and
 * leave no audit record.
 */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluation", description = "Measure the screening on a labelled query file")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class EvaluationResource {

  private final IndexService index;
  private final NameSearcher searcher;
  private final NameNormalizer normalizer;
  private final ScreeningConfig config;

  public EvaluationResource(
      IndexService index,
      NameSearcher searcher,
      NameNormalizer normalizer,
      ScreeningConfig config) {
    this.index = index;
    this.searcher = searcher;
    this.normalizer = normalizer;
    this.config = config;
  }

  @POST
  @Consumes("text/csv")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, "image/png"})
  @Operation(
      summary = "Evaluate the screening on a labelled file",
      description =
          "Screens every query of a labelled CSV file (header query_id,name,type,country,"
              + "birth_date,expected,treatment; expected holds the entity ids that must be found,"
              + " empty for a name on no list) against the loaded lists and reports recall and"
              + " false-alert rate overall, per treatment and per type, at the threshold and"
              + " from 0.50 to 1.00, with the misses and false alerts worst first: as JSON, as a"
              + " text table (Accept: text/plain) or as a chart (Accept: image/png).")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING),
              examples = @ExampleObject(name = "Three queries", value = EVALUATION_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationReport.class)),
        @Content(mediaType = MediaType.TEXT_PLAIN),
        @Content(mediaType = "image/png")
      })
  @APIResponse(
      responseCode = "400",
      description = "The file is not a labelled query file, or the threshold is outside 0..1")
  @APIResponse(responseCode = "503", description = "The lists are still loading")
  public Response evaluate(
      InputStream body,
      @Parameter(description = "Threshold the counts are at; default the review threshold")
          @QueryParam("threshold")
          String threshold,
      HttpHeaders headers) {
    double t = threshold(threshold);
    Evaluation e = evaluation(body, "body", t);
    for (MediaType m : headers.getAcceptableMediaTypes()) {
      if (m.getType().equals("image") && m.getSubtype().equals("png")) {
        return Response.ok(EvaluationChart.png(e), "image/png").build();
      }
      if (m.isCompatible(MediaType.TEXT_PLAIN_TYPE) && !m.isWildcardType()) {
        return Response.ok(e.report(100), MediaType.TEXT_PLAIN).build();
      }
      if (m.isWildcardType() || m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        break;
      }
    }
    return Response.ok(EvaluationReport.of(e, 100), MediaType.APPLICATION_JSON).build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Evaluate the screening on several labelled files",
      description =
          "Screens each labelled CSV file sent as a 'file' part of a multipart form (the same"
              + " format as the single-file operation) and reports each file on its own: as JSON,"
              + " one report per file in the order sent, or as text tables one after the other"
              + " (Accept: text/plain).")
  @APIResponse(
      responseCode = "200",
      description = "One report per file",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FileReport.class, type = SchemaType.ARRAY)),
        @Content(mediaType = MediaType.TEXT_PLAIN)
      })
  @APIResponse(
      responseCode = "400",
      description = "No file, a part that is not a labelled query file, or a bad threshold")
  @APIResponse(responseCode = "503", description = "The lists are still loading")
  public Response evaluateFiles(
      @RestForm("file") List<FileUpload> files,
      @Parameter(description = "Threshold the counts are at; default the review threshold")
          @QueryParam("threshold")
          String threshold,
      HttpHeaders headers) {
    double t = threshold(threshold);
    if (files == null || files.isEmpty()) {
      throw new InvalidInputException(
          "file", "send one or more labelled CSV files as 'file' parts");
    }
    List<FileReport> reports = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (FileUpload f : files) {
      String name = f.fileName() == null ? f.name() : f.fileName();
      Evaluation e;
      try (InputStream in = Files.newInputStream(f.uploadedFile())) {
        e = evaluation(in, "file " + name, t);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      reports.add(new FileReport(name, EvaluationReport.of(e, 100)));
      text.append("== ").append(name).append(" ==\n").append(e.report(100)).append('\n');
    }
    for (MediaType m : headers.getAcceptableMediaTypes()) {
      if (m.isCompatible(MediaType.TEXT_PLAIN_TYPE) && !m.isWildcardType()) {
        return Response.ok(text.toString(), MediaType.TEXT_PLAIN).build();
      }
      if (m.isWildcardType() || m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        break;
      }
    }
    return Response.ok(reports, MediaType.APPLICATION_JSON).build();
  }

  /**
   * The report of one file of a multipart evaluation.
   *
   * @param file the file name sent
   * @param report its evaluation
   */
  @Schema(name = "EvaluationFileReport")
  public record FileReport(String file, EvaluationReport report) {}

  private Evaluation evaluation(InputStream body, String field, double t) {
    List<LabelledQuery> queries;
    try {
      queries = LabelledQueryReader.read(new InputStreamReader(body, StandardCharsets.UTF_8));
    } catch (ListFormatException e) {
      throw new InvalidInputException(field, e.getMessage());
    }
    return index.withGeneration(
        g -> Evaluation.run(queries, EvaluateCommand.screener(searcher, normalizer, g), t));
  }

  static final String EVALUATION_EXAMPLE =
      """
      query_id,name,type,country,birth_date,expected,treatment
      q1,Sense Time Group Limited,organization,,,us-ofac-cons:33114,case_punct
      q2,SENSETIME GRUOP LTD,organization,,,us-ofac-cons:33114,typo
      q3,Acme Widgets Inc,organization,,,,negative_org
      """;

  /**
   * The threshold parameter: the review threshold when absent, else a number in [0, 1], or a 400
   * naming it (JAX-RS would answer a bare 404 for a value it cannot convert).
   */
  private double threshold(String value) {
    if (value == null || value.isBlank()) {
      return config.reviewThreshold();
    }
    double t;
    try {
      t = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("threshold", "is not a number; expected one between 0 and 1");
    }
    if (!(t >= 0 && t <= 1)) {
      throw new InvalidInputException("threshold", "must be between 0 and 1");
    }
    return t;
  }
}
