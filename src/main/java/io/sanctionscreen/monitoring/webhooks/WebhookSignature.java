package io.sanctionscreen.monitoring.webhooks;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook body: {@code sha256=} and the lower-case hex HMAC-SHA256 of the exact
 * body bytes under the watchlist's secret, as GitHub signs its webhooks.
 */
public final class WebhookSignature {

  /** The header that carries the signature. */
  public static final String HEADER = "X-Signature-SHA256";

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** The header value for a body signed with a secret. */
  public static String header(byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java runtime has HmacSHA256, and it takes a key of any length but zero (refused
      // when the configuration is read).
      throw new IllegalStateException("cannot compute " + ALGORITHM, e);
    }
  }
}
