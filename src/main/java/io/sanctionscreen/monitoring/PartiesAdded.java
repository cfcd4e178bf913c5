package io.sanctionscreen.monitoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What adding parties did: how many were stored, and the alerts their screening raised.
 *
 * @param watchlist the watchlist
 * @param added parties new to the watchlist
 * @param replaced parties whose reference it held, replaced
 * @param alerts the ids of the alerts raised
 */
@Schema(name = "PartiesAdded")
public record PartiesAdded(
    @Schema(example = "hk-ipo-pipeline") String watchlist,
    @Schema(example = "2") int added,
    @Schema(example = "0") int replaced,
    @Schema(example = "[1]") List<Long> alerts) {}
