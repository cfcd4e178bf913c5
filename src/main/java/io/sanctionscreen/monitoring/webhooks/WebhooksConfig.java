package io.sanctionscreen.monitoring.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Optional;

/**
 * The webhooks that alerts are sent to, one per watchlist ({@code
 * screening.monitoring.webhooks."<watchlist>".*}). How deliveries are retried is configured in
 * {@link WebhookDeliveryConfig}.
 */
@ConfigMapping(prefix = "screening.monitoring.webhooks")
public interface WebhooksConfig {

  /** The webhook of each watchlist that has one, by watchlist name. */
  @WithParentName
  Map<String, Webhook> watchlists();

  /** One watchlist's webhook. */
  interface Webhook {

    /**
     * Where the watchlist's alerts are POSTed (an absolute http or https URL). A watchlist without
     * one sends no notification.
     */
    Optional<String> url();

    /**
     * The secret that signs each body (HMAC-SHA256, header {@code X-Signature-SHA256}); required
     * with a url. Never logged nor shown.
     */
    Optional<String> secret();
  }
}
