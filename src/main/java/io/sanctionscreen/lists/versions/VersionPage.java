package io.sanctionscreen.lists.versions;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a source's versions, newest first.
 *
 * @param source the source id
 * @param total how many versions the source has
 * @param offset versions skipped
 * @param limit most versions on the page
 * @param versions the page
 */
@Schema(name = "ListVersionPage", description = "A page of a source's versions, newest first.")
public record VersionPage(
    @Schema(example = "us-ofac-cons") String source,
    @Schema(example = "1") long total,
    @Schema(example = "0") int offset,
    @Schema(example = "50") int limit,
    List<VersionView> versions) {}
