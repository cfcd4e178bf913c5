package io.sanctionscreen.index;

/**
 * Announces that a rebuild of the index, or a check for new list versions, failed; the previous
 * generation keeps serving. The index's meters observe it.
 *
 * @param reason what went wrong
 */
public record IndexBuildFailed(String reason) {}
