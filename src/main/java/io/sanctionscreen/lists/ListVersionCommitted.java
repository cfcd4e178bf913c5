package io.sanctionscreen.lists;

/**
 * Announces that a new list version is committed and active. The index and monitoring observe it
 * after the transaction succeeds; lists never call into them.
 *
 * @param source the source id
 * @param versionId the new active version
 */
public record ListVersionCommitted(String source, long versionId) {}
