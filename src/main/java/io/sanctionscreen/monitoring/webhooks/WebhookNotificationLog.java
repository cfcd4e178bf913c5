package io.sanctionscreen.monitoring.webhooks;

import io.sanctionscreen.monitoring.NotificationAttempt;
import io.sanctionscreen.monitoring.NotificationLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The notification log of alerts: their webhook attempts, from the outbox's attempt table. */
@ApplicationScoped
public class WebhookNotificationLog implements NotificationLog {

  private final WebhookStore store;

  public WebhookNotificationLog(WebhookStore store) {
    this.store = store;
  }

  @Override
  public List<NotificationAttempt> attemptsFor(long alertId) {
    return store.attemptsFor(alertId);
  }
}
