package io.sanctionscreen.monitoring;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A watchlist as shown.
 *
 * @param name its name
 * @param description what it holds
 * @param purpose the purpose its alerts are decided for
 * @param threshold the lowest score that raises an alert
 * @param parties how many parties it holds
 * @param createdAt when it was created
 * @param updatedAt when its settings last changed
 */
@Schema(name = "Watchlist")
public record WatchlistView(
    @Schema(example = "hk-ipo-pipeline") String name,
    @Schema(example = "Hong Kong IPO pipeline 2021") String description,
    @Schema(example = "IPO") String purpose,
    @Schema(example = "0.82") double threshold,
    @Schema(example = "2") long parties,
    Instant createdAt,
    Instant updatedAt) {

  static WatchlistView of(Watchlist w, long parties) {
    return new WatchlistView(
        w.name, w.description, w.purpose, w.threshold, parties, w.createdAt, w.updatedAt);
  }
}
