package io.sanctionscreen.monitoring;

/**
 * Fired synchronously, inside the transaction that stores it, when an alert is raised or comes back
 * (its entry changed after a false-positive decision). Observers that must not lose it (the webhook
 * outbox) write in the same transaction; if that transaction rolls back, the alert and its
 * notification are both gone, never one without the other.
 *
 * @param alertId the alert's id
 * @param watchlist the watchlist whose party the alert concerns
 * @param body the alert as JSON, the body a webhook receiver gets
 */
public record AlertRaised(long alertId, String watchlist, String body) {}
