package io.sanctionscreen.monitoring.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.errors.MisconfiguredException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The webhook configuration is checked at start-up, and a secret never shows. */
class WebhookTargetsTest {

  private static final String SECRET = "s3cr3t-value-never-shown";

  private record Webhook(Optional<String> url, Optional<String> secret)
      implements WebhooksConfig.Webhook {}

  private static WebhooksConfig config(Map<String, WebhooksConfig.Webhook> webhooks) {
    return () -> webhooks;
  }

  private static Webhook webhook(String url, String secret) {
    return new Webhook(Optional.ofNullable(url), Optional.ofNullable(secret));
  }

  @Test
  void aUrlWithoutASecretStopsTheStartNamingTheKeys() {
    assertThatThrownBy(
            () ->
                WebhookTargets.of(
                    config(
                        Map.of(
                            "deals", webhook("https://hooks.example/deals", null),
                            "ipo", webhook("https://hooks.example/ipo", SECRET)))))
        .isInstanceOf(MisconfiguredException.class)
        .hasMessageContaining(
            "screening.monitoring.webhooks.deals.url is set but"
                + " screening.monitoring.webhooks.deals.secret is not")
        .hasMessageNotContaining("ipo");
  }

  @Test
  void aBadUrlOrASecretWithoutUrlStopsTheStartWithoutShowingTheSecret() {
    assertThatThrownBy(
            () ->
                WebhookTargets.of(
                    config(
                        Map.of(
                            "deals", webhook("ftp://user:" + SECRET + "@hooks.example/x", SECRET),
                            "ipo", webhook(null, SECRET)))))
        .isInstanceOf(MisconfiguredException.class)
        .hasMessageContaining(
            "screening.monitoring.webhooks.deals.url must be an absolute http or https URL")
        .hasMessageContaining(
            "screening.monitoring.webhooks.ipo.secret is set but"
                + " screening.monitoring.webhooks.ipo.url is not")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void aWatchlistNamedWithDotsIsQuotedInTheKey() {
    assertThatThrownBy(
            () -> WebhookTargets.of(config(Map.of("book.eu", webhook("http://h.example/", null)))))
        .hasMessageContaining("screening.monitoring.webhooks.\"book.eu\".url is set");
  }

  @Test
  void configuredWebhooksSignAndShowWithoutCredentials() {
    WebhookTargets targets =
        WebhookTargets.of(
            config(
                Map.of(
                    "deals",
                    webhook(
                        "https://user:" + SECRET + "@hooks.example:8443/deals?token=t", SECRET))));

    assertThat(targets.watchlists()).containsExactly("deals");
    assertThat(targets.forWatchlist("ipo")).isEmpty();
    WebhookTargets.Target deals = targets.forWatchlist("deals").orElseThrow();
    assertThat(deals.toString()).isEqualTo("https://hooks.example:8443/deals");
    // printf '{}' | openssl dgst -sha256 -hmac s3cr3t-value-never-shown
    assertThat(deals.sign("{}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=f6eb1b8be74c3ca053b065e935e224769cc1963e58171c49782bce5b5b51970f");
    assertThat(WebhookTargets.display("https://user:pw@h.example/p?q=1#f"))
        .isEqualTo("https://h.example/p");
  }

  @Test
  void theSignatureIsTheHmacOfRfc4231() {
    // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
    assertThat(
            WebhookSignature.header(
                "Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void backoffDoublesUpToTheMaximum() {
    Duration base = Duration.ofSeconds(10);
    Duration max = Duration.ofMinutes(1);
    assertThat(WebhookStore.backoff(base, max, 1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(WebhookStore.backoff(base, max, 2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(WebhookStore.backoff(base, max, 3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(WebhookStore.backoff(base, max, 4)).isEqualTo(max);
    assertThat(WebhookStore.backoff(base, max, 1000)).isEqualTo(max);
  }
}
