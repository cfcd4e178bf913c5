package io.sanctionscreen.lists;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each list source's age, staleness and last refresh in the readiness data, so that an
 * orchestrator and a person see a list that stopped refreshing. Whether staleness takes a replica
 * out of service is a deployment decision: the check goes DOWN only for a list older than {@code
 * screening.lists.unready-after}, when that is set.
 *
 * <p>Anyone may read readiness, so it says no more than a short status per list: never a download
 * address, an error text (which may quote what a download fetched) or a database message; the list
 * API ({@code GET /api/v1/lists}) gives those to authenticated callers.
 */
@Readiness
@ApplicationScoped
public class ListsReadinessCheck implements HealthCheck {

  private final ListQueryService lists;
  private final ListsConfig config;

  public ListsReadinessCheck(ListQueryService lists, ListsConfig config) {
    this.lists = lists;
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("lists").up();
    List<ListInfo> all;
    try {
      all = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(lists::lists);
    } catch (RuntimeException e) {
      return b.withData("error", "list state cannot be read").build();
    }
    long stale = all.stream().filter(ListInfo::stale).count();
    b.withData("stale", stale);
    if (config.unreadyAfter().isPresent()) {
      Instant limit = Instant.now().minus(config.unreadyAfter().get());
      List<String> tooOld =
          all.stream()
              .filter(l -> l.currentAsOf() != null && l.currentAsOf().isBefore(limit))
              .map(ListInfo::source)
              .toList();
      b.withData("unreadyAfter", config.unreadyAfter().get().toString());
      if (!tooOld.isEmpty()) {
        b.down()
            .withData(
                "reason",
                "lists not confirmed current for longer than "
                    + config.unreadyAfter().get()
                    + ": "
                    + String.join(", ", tooOld));
      }
    }
    for (ListInfo l : all) {
      b.withData(l.source(), describe(l));
    }
    return b.build();
  }

  private static String describe(ListInfo l) {
    StringBuilder s = new StringBuilder();
    if (l.version() == null) {
      s.append("no version");
    } else {
      s.append(
          String.format(
              Locale.ROOT,
              "version %d, list date %s, %d entries, %s (%d days, max age %s)",
              l.version(),
              l.listDate(),
              l.entryCount(),
              l.stale() ? "stale" : "current",
              l.ageDays(),
              l.maxAge()));
    }
    if (l.refresh() != null) {
      s.append("; last refresh ")
          .append(l.refresh().outcome())
          .append(" at ")
          .append(l.refresh().lastAttemptAt());
    }
    return s.toString();
  }
}
