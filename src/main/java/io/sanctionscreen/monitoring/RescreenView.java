package io.sanctionscreen.monitoring;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A full re-screen of a watchlist and its progress.
 *
 * @param id the job's id
 * @param watchlist the watchlist
 * @param status QUEUED, RUNNING, DONE or FAILED
 * @param total parties when it was requested
 * @param done parties screened so far
 * @param alertsRaised alerts raised so far
 * @param requestedBy who asked
 * @param requestedAt when
 * @param startedAt when a replica first took it
 * @param finishedAt when it finished
 * @param error why it failed
 */
@Schema(name = "Rescreen")
public record RescreenView(
    @Schema(example = "1") long id,
    @Schema(example = "hk-ipo-pipeline") String watchlist,
    @Schema(example = "RUNNING") RescreenJob.Status status,
    @Schema(example = "100000") long total,
    @Schema(example = "42000") long done,
    @Schema(example = "3") long alertsRaised,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant finishedAt,
    String error) {

  static RescreenView of(RescreenJob j) {
    return new RescreenView(
        j.id,
        j.watchlist,
        j.status,
        j.total,
        j.done,
        j.alertsRaised,
        j.requestedBy,
        j.requestedAt,
        j.startedAt,
        j.finishedAt,
        j.error);
  }
}
