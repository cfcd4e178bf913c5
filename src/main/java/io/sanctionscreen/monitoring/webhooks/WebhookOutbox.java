package io.sanctionscreen.monitoring.webhooks;

import io.sanctionscreen.monitoring.AlertRaised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Puts each raised alert whose watchlist has a webhook into the outbox, in the transaction that
 * stores the alert: both are committed or neither is, so no notification is lost and none is sent
 * for an alert that does not exist.
 */
@ApplicationScoped
public class WebhookOutbox {

  private final WebhookTargets targets;
  private final WebhookStore store;
  private final Clock clock;

  public WebhookOutbox(WebhookTargets targets, WebhookStore store, Clock clock) {
    this.targets = targets;
    this.store = store;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void onAlertRaised(@Observes AlertRaised alert) {
    targets
        .forWatchlist(alert.watchlist())
        .ifPresent(
            t ->
                store.add(
                    alert.alertId(),
                    alert.watchlist(),
                    t.url().toString(),
                    alert.body(),
                    clock.instant()));
  }
}
