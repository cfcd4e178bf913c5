package io.sanctionscreen.monitoring;

import java.time.Instant;

/**
 * One attempt to deliver an alert's notification (a webhook call), as shown with the alert.
 *
 * @param at when the attempt was made
 * @param target where it went (the webhook URL, without any credential)
 * @param status the HTTP status received, or 0 when no answer came
 * @param error what went wrong, or null when the attempt was delivered
 * @param delivered whether the receiver accepted it (a 2xx answer)
 */
public record NotificationAttempt(
    Instant at, String target, int status, String error, boolean delivered) {}
