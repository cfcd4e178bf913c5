package io.sanctionscreen.monitoring;

import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The alerts that watched parties raise. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Watchlists of counterparties, re-screened on list changes")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class AlertResource {

  private final AlertService alerts;

  public AlertResource(AlertService alerts) {
    this.alerts = alerts;
  }

  @GET
  @Operation(summary = "Search alerts, newest first")
  @APIResponse(responseCode = "200", description = "A page of alerts")
  @APIResponse(responseCode = "400", description = "A malformed criterion")
  public AlertPage search(
      @Parameter(description = "OPEN, ESCALATED, PENDING_APPROVAL, CLEARED or CONFIRMED")
          @QueryParam("status")
          String status,
      @Parameter(description = "The watchlist") @QueryParam("watchlist") String watchlist,
      @Parameter(description = "Raised from this instant (ISO 8601, inclusive)") @QueryParam("from")
          String from,
      @Parameter(description = "Raised before this instant (ISO 8601, exclusive)") @QueryParam("to")
          String to,
      @QueryParam("offset") @DefaultValue("0") String offset,
      @QueryParam("limit") @DefaultValue("50") String limit) {
    return alerts.search(
        status(status),
        watchlist,
        instant("from", from),
        instant("to", to),
        Paging.offset(offset),
        Paging.limit(limit, 500));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One alert, with its history and notification attempts")
  @APIResponse(responseCode = "200", description = "The alert")
  @APIResponse(responseCode = "404", description = "No such alert")
  public AlertView get(@PathParam("id") String id) {
    return alerts.get(Paging.id(id));
  }

  private static AlertStatus status(String value) {
    if (value == null) {
      return null;
    }
    try {
      return AlertStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", "'" + value + "' is not one of " + Arrays.toString(AlertStatus.values()));
    }
  }

  private static Instant instant(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "must be an ISO 8601 instant such as 2021-12-10T00:00:00Z");
    }
  }
}
