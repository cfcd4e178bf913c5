package io.sanctionscreen.monitoring.webhooks;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Checks the webhook configuration at start-up, so that a bad one stops the start. */
public class WebhookBeans {

  private static final Logger LOG = Logger.getLogger(WebhookBeans.class);

  @Produces
  @Singleton
  @Startup
  WebhookTargets targets(WebhooksConfig config) {
    WebhookTargets targets = WebhookTargets.of(config);
    if (!targets.isEmpty()) {
      LOG.infof("Webhooks configured for watchlists %s", targets.watchlists());
    }
    return targets;
  }
}
