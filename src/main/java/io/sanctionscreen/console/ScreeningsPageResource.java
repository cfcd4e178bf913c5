package io.sanctionscreen.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.audit.AuditService;
import io.sanctionscreen.audit.ScreeningRecordView;
import io.sanctionscreen.audit.ScreeningSearchResult;
import io.sanctionscreen.screening.Outcome;
import io.sanctionscreen.screening.ScreenResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Screenings page: the audit records searched by reference, caller, outcome and date, and one
 * record opened, its answer shown as the Screen page showed it.
 */
@Path(ConsolePaths.SCREENINGS)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ScreeningsPageResource {

  /** Records on one page. */
  static final int PAGE_SIZE = 50;

  /**
   * The search as typed.
   *
   * @param reference the reference, exactly
   * @param caller who asked
   * @param outcome BLOCK, REVIEW, CLEAR or blank
   * @param from the first day, YYYY-MM-DD
   * @param to the last day, YYYY-MM-DD
   * @param offset the first record shown
   */
  public record Search(
      String reference, String caller, String outcome, String from, String to, int offset) {

    /** The outcomes offered. */
    public List<String> outcomes() {
      return Arrays.stream(Outcome.values()).map(Outcome::name).toList();
    }

    /** The offset of the next (older) page. */
    public int nextOffset() {
      return offset + PAGE_SIZE;
    }

    /** The address of the same search from another record on. */
    public String link(int from) {
      return ConsolePaths.SCREENINGS
          + "?reference="
          + query(reference)
          + "&caller="
          + query(caller)
          + "&outcome="
          + query(outcome)
          + "&from="
          + query(this.from)
          + "&to="
          + query(to)
          + "&offset="
          + Math.max(0, from);
    }

    /** The address of the newer page. */
    public String newer() {
      return link(offset - PAGE_SIZE);
    }

    /** The address of the older page. */
    public String older() {
      return link(nextOffset());
    }

    private static String query(String value) {
      return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  @CheckedTemplate(basePath = "console")
  static class Templates {
    static native TemplateInstance screenings(
        ConsolePage page, Search search, List<String> errors, ScreeningSearchResult found);

    static native TemplateInstance screening(
        ConsolePage page,
        ScreeningRecordView record,
        String request,
        ScreenResponse result,
        String rawResult);
  }

  private final AuditService audit;
  private final ObjectMapper json;
  private final SecurityIdentity identity;
  private final CsrfGuard csrf;

  public ScreeningsPageResource(
      AuditService audit, ObjectMapper json, SecurityIdentity identity, CsrfGuard csrf) {
    this.audit = audit;
    this.json = json;
    this.identity = identity;
    this.csrf = csrf;
  }

  @GET
  public Response search(
      @QueryParam("reference") String reference,
      @QueryParam("caller") String caller,
      @QueryParam("outcome") String outcome,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") String offset,
      RoutingContext rc) {
    List<String> errors = new ArrayList<>();
    int first = 0;
    if (offset != null && !offset.isBlank()) {
      try {
        first = Math.max(0, Integer.parseInt(offset.strip()));
      } catch (NumberFormatException e) {
        errors.add("Offset: must be a whole number");
      }
    }
    Search search = new Search(reference, caller, outcome, from, to, first);
    Instant fromInstant = day("From", from, 0, errors);
    Instant toInstant = day("To", to, 1, errors);
    String o = blankToNull(outcome);
    if (o != null && search.outcomes().stream().noneMatch(o::equals)) {
      errors.add("Outcome: must be BLOCK, REVIEW or CLEAR");
    }
    if (!errors.isEmpty()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.screenings(page(rc), search, errors, null))
          .build();
    }
    ScreeningSearchResult found =
        audit.search(
            blankToNull(reference),
            fromInstant,
            toInstant,
            o,
            blankToNull(caller),
            first,
            PAGE_SIZE);
    return Response.ok(Templates.screenings(page(rc), search, List.of(), found)).build();
  }

  @GET
  @Path("/{screeningId}")
  public TemplateInstance record(@PathParam("screeningId") String screeningId, RoutingContext rc) {
    ScreeningRecordView record = audit.find(screeningId);
    ScreenResponse result = null;
    String raw = null;
    try {
      result = json.treeToValue(record.result(), ScreenResponse.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // A record written before the answer took its present shape: shown as stored.
      raw = record.result() == null ? "" : record.result().toPrettyString();
    }
    String request = record.request() == null ? "" : record.request().toPrettyString();
    return Templates.screening(page(rc), record, request, result, raw);
  }

  /** The start of a day (plus {@code days}) in UTC, or null if none is given. */
  private static Instant day(String label, String value, int days, List<String> errors) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v).plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(label + ": must be a date written YYYY-MM-DD");
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private ConsolePage page(RoutingContext rc) {
    return ConsolePage.of(identity, rc, csrf, "screenings");
  }
}
