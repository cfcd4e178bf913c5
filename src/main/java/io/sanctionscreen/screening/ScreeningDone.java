package io.sanctionscreen.screening;

/**
 * Announces a screening answered and recorded in the audit trail. Screening's meters observe it;
 * other features may too.
 *
 * @param channel how the screening arrived
 * @param purpose the purpose it was decided for, or null if none was stated
 * @param outcome the decision
 * @param hitCount the hits returned
 * @param elapsedNanos time from request to audit record
 */
public record ScreeningDone(
    Channel channel, Purpose purpose, Outcome outcome, int hitCount, long elapsedNanos) {}
