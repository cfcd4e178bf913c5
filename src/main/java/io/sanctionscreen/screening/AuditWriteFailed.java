package io.sanctionscreen.screening;

/**
 * Announces a screening, or a chunk of batch rows, refused because its audit record could not be
 * written (fail closed). Screening's meters observe it.
 *
 * @param channel how the refused screening arrived
 */
public record AuditWriteFailed(Channel channel) {}
