package io.sanctionscreen.lists;

/**
 * Announces that the lists are loaded: the bundled snapshots of sources without a version are
 * imported (or failed, see {@code failures}). The index builds its first generation on it, never
 * from a half-loaded database.
 *
 * @param failures the sources whose bundled snapshot could not be imported
 */
public record ListsReady(java.util.List<String> failures) {}
