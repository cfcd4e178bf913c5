package io.sanctionscreen.monitoring;

import java.util.List;

/**
 * Reads the notification attempts of an alert. Implemented by the webhook outbox; when no webhook
 * is built into the service the alert simply has no attempts.
 */
public interface NotificationLog {

  /** The attempts to notify about the alert, oldest first. */
  List<NotificationAttempt> attemptsFor(long alertId);
}
