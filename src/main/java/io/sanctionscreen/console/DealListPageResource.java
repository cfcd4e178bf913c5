package io.sanctionscreen.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.screening.Purpose;
import io.sanctionscreen.screening.batch.BatchInput;
import io.sanctionscreen.screening.batch.BatchRow;
import io.sanctionscreen.screening.batch.BatchScreeningService;
import io.sanctionscreen.screening.batch.BatchWriter;
import io.sanctionscreen.screening.batch.ReportFormat;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The Deal list page: upload a CSV deal list (the batch API's columns), see each row screened (each
 * recorded in the audit trail like any screening), and download the CSV or JUnit report.
 */
@Path(ConsolePaths.DEAL_LIST)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class DealListPageResource {

  @CheckedTemplate(basePath = "console")
  static class Templates {
    static native TemplateInstance dealListUpload(
        ConsolePage page, List<String> columns, List<String> purposes, String error);

    static native TemplateInstance dealList(ConsolePage page, DealLists.DealList deal);
  }

  private final BatchScreeningService batches;
  private final DealLists kept;
  private final ObjectMapper json;
  private final SecurityIdentity identity;
  private final CsrfGuard csrf;

  public DealListPageResource(
      BatchScreeningService batches,
      DealLists kept,
      ObjectMapper json,
      SecurityIdentity identity,
      CsrfGuard csrf) {
    this.batches = batches;
    this.kept = kept;
    this.json = json;
    this.identity = identity;
    this.csrf = csrf;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance upload(RoutingContext rc) {
    return uploadPage(rc, null);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.TEXT_HTML)
  public Response screen(
      @RestForm(CsrfGuard.FIELD) String token,
      @RestForm("file") FileUpload file,
      @RestForm("purpose") String purpose,
      RoutingContext rc)
      throws IOException {
    String user = Callers.name(identity);
    csrf.verify(rc, user, token);
    if (file == null || file.uploadedFile() == null || file.size() == 0) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(uploadPage(rc, "Choose a CSV file to screen."))
          .build();
    }
    Purpose p = null;
    if (purpose != null && !purpose.isBlank()) {
      try {
        p = Purpose.valueOf(purpose.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return Response.status(Response.Status.BAD_REQUEST)
            .entity(uploadPage(rc, "Purpose: '" + purpose + "' is not a purpose."))
            .build();
      }
    }
    batches.checkAvailable();
    Iterator<BatchInput.Item> items;
    try {
      // The whole file is read now (the upload is deleted when this request ends; its size is
      // bounded by the body limit), and its header checked before anything is screened.
      String text = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
      items = BatchInput.csv(new StringReader(text));
    } catch (CharacterCodingException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(uploadPage(rc, "The file is not a deal list: it is not UTF-8 text."))
          .build();
    } catch (InvalidInputException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(uploadPage(rc, "The file is not a deal list: " + e.reason()))
          .build();
    }
    String id = kept.start(user, file.fileName(), items, p);
    return Response.seeOther(URI.create(ConsolePaths.DEAL_LIST + "/" + id)).build();
  }

  /** The deal list's page; while its rows are being screened it asks the browser to reload it. */
  @GET
  @Path("/{id}")
  @Produces(MediaType.TEXT_HTML)
  public Response show(@PathParam("id") String id, RoutingContext rc) {
    DealLists.DealList deal = find(id);
    Response.ResponseBuilder r =
        Response.ok(Templates.dealList(ConsolePage.of(identity, rc, csrf, "deal-list"), deal));
    if (deal.running()) {
      r.header("Refresh", "1");
    }
    return r.build();
  }

  @GET
  @Path("/{id}/report")
  public Response report(@PathParam("id") String id, @QueryParam("format") String format) {
    DealLists.DealList deal = find(id);
    if (deal.running()) {
      throw new ConflictException(
          "deal-list-running",
          "Deal list still being screened",
          "Deal list " + id + " is still being screened; its report follows when it is done.");
    }
    ReportFormat f = ReportFormat.of(format);
    if (f == null || f == ReportFormat.JSON) {
      throw new InvalidInputException("format", "must be csv or junit");
    }
    StreamingOutput out =
        os -> {
          BatchWriter w = f.writer(os, json, ReportFormat.FailOn.BLOCK, "sanctions-screening");
          w.start();
          for (BatchRow r : deal.rows()) {
            w.write(r);
          }
          w.finish(deal.summary(), deal.abort());
        };
    String name = "deal-list-" + id + (f == ReportFormat.CSV ? ".csv" : ".xml");
    return Response.ok(out, f.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  private DealLists.DealList find(String id) {
    return kept.find(id, Callers.name(identity))
        .orElseThrow(
            () -> new NotFoundException("No deal list " + id + " (they are kept two hours)"));
  }

  private TemplateInstance uploadPage(RoutingContext rc, String error) {
    return Templates.dealListUpload(
        ConsolePage.of(identity, rc, csrf, "deal-list"),
        BatchInput.CSV_COLUMNS,
        Arrays.stream(Purpose.values()).map(Purpose::name).toList(),
        error);
  }
}
