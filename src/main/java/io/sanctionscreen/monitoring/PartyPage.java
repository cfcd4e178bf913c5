package io.sanctionscreen.monitoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a watchlist's parties, in reference order.
 *
 * @param watchlist the watchlist
 * @param total parties it holds
 * @param offset parties skipped
 * @param limit most parties on the page
 * @param parties the page
 */
@Schema(name = "PartyPage")
public record PartyPage(
    String watchlist, long total, int offset, int limit, List<PartyView> parties) {}
