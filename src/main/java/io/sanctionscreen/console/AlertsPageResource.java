package io.sanctionscreen.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.lists.EntityView;
import io.sanctionscreen.lists.ListQueryService;
import io.sanctionscreen.monitoring.AlertPage;
import io.sanctionscreen.monitoring.AlertService;
import io.sanctionscreen.monitoring.AlertStatus;
import io.sanctionscreen.monitoring.AlertView;
import io.sanctionscreen.monitoring.WatchlistService;
import io.sanctionscreen.monitoring.WatchlistView;
import io.sanctionscreen.review.Decision;
import io.sanctionscreen.review.ReviewService;
import io.sanctionscreen.screening.ScreenResponse;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The Alerts pages: monitoring's alert queue filtered by status, watchlist and dates, and one alert
 * with the party and the listed entry side by side, the explanation, its notifications and history,
 * and the forms of its review (an officer decides; a second officer approves clearing a BLOCK
 * alert). The review goes through the same service as the API, so its four-eyes rule and history
 * are the same; a refusal is shown on the page.
 */
@Path(ConsolePaths.ALERTS)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class AlertsPageResource {

  /** Alerts on one page of the queue. */
  static final int PAGE_SIZE = 50;

  /** The longest comment the review keeps. */
  static final int MAX_COMMENT = 2000;

  /**
   * The queue's filter as typed.
   *
   * @param status a status or blank
   * @param watchlist a watchlist or blank
   * @param from the first day, YYYY-MM-DD
   * @param to the last day, YYYY-MM-DD
   * @param offset the first alert shown
   */
  public record Search(String status, String watchlist, String from, String to, int offset) {

    /** The statuses offered. */
    public List<String> statuses() {
      return Arrays.stream(AlertStatus.values()).map(AlertStatus::name).toList();
    }

    /** The offset of the next (older) page. */
    public int nextOffset() {
      return offset + PAGE_SIZE;
    }

    /** The address of the same filter from another alert on. */
    public String link(int first) {
      return ConsolePaths.ALERTS
          + "?status="
          + query(status)
          + "&watchlist="
          + query(watchlist)
          + "&from="
          + query(from)
          + "&to="
          + query(to)
          + "&offset="
          + Math.max(0, first);
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

  /**
   * One alert as its page shows it.
   *
   * @param alert the alert, with history and notifications
   * @param explanation its explanation in the shape a screening's hit has, or null if the stored
   *     one has another shape
   * @param rawExplanation the stored explanation as text when it could not be read as a hit's
   * @param entry the listed entry as the active list version gives it, or null if it is no longer
   *     listed
   * @param officer whether the user may review (holds the officer role)
   */
  public record AlertPageView(
      AlertView alert,
      ScreenResponse.Explanation explanation,
      String rawExplanation,
      EntityView entry,
      boolean officer) {

    /** Whether an officer may decide it now (OPEN or ESCALATED). */
    public boolean decidable() {
      return alert.status() == AlertStatus.OPEN || alert.status() == AlertStatus.ESCALATED;
    }

    /** Whether it waits for a second officer's approval. */
    public boolean approvable() {
      return alert.status() == AlertStatus.PENDING_APPROVAL;
    }

    /** The decisions offered. */
    public List<String> decisions() {
      return Arrays.stream(Decision.values()).map(Decision::name).toList();
    }
  }

  @CheckedTemplate(basePath = "console")
  static class Templates {
    static native TemplateInstance alerts(
        ConsolePage page,
        Search search,
        List<String> watchlists,
        List<String> errors,
        AlertPage found);

    static native TemplateInstance alert(
        ConsolePage page, AlertPageView view, String error, String decision, String comment);
  }

  private final AlertService alerts;
  private final WatchlistService watchlists;
  private final ReviewService review;
  private final ListQueryService lists;
  private final ObjectMapper json;
  private final SecurityIdentity identity;
  private final CsrfGuard csrf;

  public AlertsPageResource(
      AlertService alerts,
      WatchlistService watchlists,
      ReviewService review,
      ListQueryService lists,
      ObjectMapper json,
      SecurityIdentity identity,
      CsrfGuard csrf) {
    this.alerts = alerts;
    this.watchlists = watchlists;
    this.review = review;
    this.lists = lists;
    this.json = json;
    this.identity = identity;
    this.csrf = csrf;
  }

  @GET
  public Response queue(
      @QueryParam("status") String status,
      @QueryParam("watchlist") String watchlist,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") String offset,
      RoutingContext rc) {
    List<String> errors = new ArrayList<>();
    int first = offset(offset, errors);
    Search search = new Search(status, watchlist, from, to, first);
    Instant fromInstant = day("From", from, 0, errors);
    Instant toInstant = day("To", to, 1, errors);
    AlertStatus s = null;
    String st = blankToNull(status);
    if (st != null) {
      if (search.statuses().contains(st)) {
        s = AlertStatus.valueOf(st);
      } else {
        errors.add("Status: must be one of " + String.join(", ", search.statuses()));
      }
    }
    List<String> names = watchlists.list().stream().map(WatchlistView::name).toList();
    if (!errors.isEmpty()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.alerts(page(rc), search, names, errors, null))
          .build();
    }
    AlertPage found =
        alerts.search(s, blankToNull(watchlist), fromInstant, toInstant, first, PAGE_SIZE);
    return Response.ok(Templates.alerts(page(rc), search, names, List.of(), found)).build();
  }

  @GET
  @Path("/{id}")
  public TemplateInstance alert(@PathParam("id") String id, RoutingContext rc) {
    return Templates.alert(page(rc), view(id(id)), null, null, null);
  }

  @POST
  @Path("/{id}/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.OFFICER)
  public Response decide(
      @PathParam("id") String id,
      @RestForm(CsrfGuard.FIELD) String token,
      @RestForm String decision,
      @RestForm String comment,
      RoutingContext rc) {
    String user = Callers.name(identity);
    csrf.verify(rc, user, token);
    long alertId = id(id);
    String d = blankToNull(decision);
    String error = null;
    if (d == null || Arrays.stream(Decision.values()).noneMatch(v -> v.name().equals(d))) {
      error = "Decision: choose FALSE_POSITIVE, TRUE_MATCH or ESCALATE";
    } else if (comment != null && comment.length() > MAX_COMMENT) {
      error = "Comment: at most " + MAX_COMMENT + " characters";
    }
    if (error != null) {
      return again(rc, alertId, Response.Status.BAD_REQUEST, error, decision, comment);
    }
    try {
      review.decide(alertId, Decision.valueOf(d), blankToNull(comment), user);
    } catch (ConflictException e) {
      return again(rc, alertId, Response.Status.CONFLICT, e.getMessage(), decision, comment);
    }
    return Response.seeOther(URI.create(ConsolePaths.ALERTS + "/" + alertId)).build();
  }

  @POST
  @Path("/{id}/approval")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.OFFICER)
  public Response approve(
      @PathParam("id") String id,
      @RestForm(CsrfGuard.FIELD) String token,
      @RestForm String comment,
      RoutingContext rc) {
    String user = Callers.name(identity);
    csrf.verify(rc, user, token);
    long alertId = id(id);
    if (comment != null && comment.length() > MAX_COMMENT) {
      return again(
          rc,
          alertId,
          Response.Status.BAD_REQUEST,
          "Comment: at most " + MAX_COMMENT + " characters",
          null,
          comment);
    }
    try {
      review.approve(alertId, blankToNull(comment), user);
    } catch (ConflictException e) {
      return again(rc, alertId, Response.Status.CONFLICT, e.getMessage(), null, comment);
    }
    return Response.seeOther(URI.create(ConsolePaths.ALERTS + "/" + alertId)).build();
  }

  /** The alert's page again, with what went wrong and the form as it was filled in. */
  private Response again(
      RoutingContext rc,
      long id,
      Response.Status status,
      String error,
      String decision,
      String comment) {
    return Response.status(status)
        .entity(Templates.alert(page(rc), view(id), error, decision, comment))
        .build();
  }

  private AlertPageView view(long id) {
    AlertView alert = alerts.get(id);
    ScreenResponse.Explanation explanation = null;
    String raw = null;
    if (alert.explanation() != null && !alert.explanation().isNull()) {
      try {
        explanation = json.treeToValue(alert.explanation(), ScreenResponse.Explanation.class);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        // Stored before the explanation took its present shape: shown as stored.
        raw = alert.explanation().toPrettyString();
      }
    }
    EntityView entry;
    try {
      entry = lists.entity(alert.entityId());
    } catch (NotFoundException e) {
      entry = null;
    }
    return new AlertPageView(alert, explanation, raw, entry, identity.hasRole(Roles.OFFICER));
  }

  /** An alert id from the path; anything but a number is no alert. */
  private static long id(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new NotFoundException("No alert " + value);
    }
  }

  private static int offset(String value, List<String> errors) {
    String v = blankToNull(value);
    if (v == null) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(v));
    } catch (NumberFormatException e) {
      errors.add("Offset: must be a whole number");
      return 0;
    }
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
    return ConsolePage.of(identity, rc, csrf, "alerts");
  }
}
