package io.sanctionscreen.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's CSRF protection: every form carries a token that a page of the console put there,
 * and every form post is refused (403) without it. The token is a keyed digest of a random value
 * held in an HttpOnly, SameSite=Strict cookie limited to /console and of the user's name, so
 * another site can neither read it nor make one, and it is worth nothing for another user or
 * browser.
 *
 * <p>Quarkus' own CSRF filter (quarkus-rest-csrf) was not used: it checks every REST endpoint, so
 * the API's JSON posts would need its cookie too unless its form-only checks were switched off, it
 * sets its cookie on every API answer, and it refuses with 400 instead of 403.
 */
@ApplicationScoped
public class CsrfGuard {

  /** The name of the hidden form field. */
  public static final String FIELD = "csrf";

  static final String COOKIE = "console-csrf";

  private final SecureRandom random = new SecureRandom();
  private final byte[] key = new byte[32];

  /**
   * The key comes from the session encryption key when one is set, so that every replica accepts
   * the tokens of the others and a restart keeps them; otherwise it is random, like the sessions.
   */
  public CsrfGuard(
      @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
          Optional<String> sessionKey) {
    if (sessionKey.isPresent()) {
      try {
        byte[] derived =
            MessageDigest.getInstance("SHA-256")
                .digest(("console-csrf\0" + sessionKey.get()).getBytes(StandardCharsets.UTF_8));
        System.arraycopy(derived, 0, key, 0, key.length);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("SHA-256 is part of every JDK", e);
      }
    } else {
      random.nextBytes(key);
    }
  }

  /** The token for this browser and user, setting the browser's cookie first if it has none. */
  public String token(RoutingContext rc, String user) {
    Cookie cookie = rc.request().getCookie(COOKIE);
    String nonce = cookie == null ? null : cookie.getValue();
    if (nonce == null || nonce.isEmpty()) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      rc.response()
          .addCookie(
              Cookie.cookie(COOKIE, nonce)
                  .setPath(ConsolePaths.ROOT)
                  .setHttpOnly(true)
                  .setSecure(rc.request().isSSL())
                  .setSameSite(CookieSameSite.STRICT));
    }
    return digest(nonce, user);
  }

  /**
   * Refuses a form post whose token is missing or is not the one of this browser and user.
   *
   * @throws CsrfRejectedException then
   */
  public void verify(RoutingContext rc, String user, String token) {
    Cookie cookie = rc.request().getCookie(COOKIE);
    if (token == null
        || cookie == null
        || cookie.getValue().isEmpty()
        || !MessageDigest.isEqual(
            token.getBytes(StandardCharsets.US_ASCII),
            digest(cookie.getValue(), user).getBytes(StandardCharsets.US_ASCII))) {
      throw new CsrfRejectedException();
    }
  }

  private String digest(String nonce, String user) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(nonce.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(user.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
