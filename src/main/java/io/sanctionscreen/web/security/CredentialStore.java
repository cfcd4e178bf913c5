package io.sanctionscreen.web.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Basic credentials against the configured users and the stored ones. A verified credential
 * is remembered for a while under a keyed digest of the secret (never the secret), so that the
 * deliberately slow hash runs once per caller, not once per request.
 */
@ApplicationScoped
public class CredentialStore implements PanacheRepositoryBase<ApiCredential, String> {

  private final SecurityConfig config;
  private final Map<String, Verified> cache = new ConcurrentHashMap<>();
  private final byte[] cacheKey = new byte[32];

  private record Verified(String digest, List<String> roles, Instant until) {}

  public CredentialStore(SecurityConfig config) {
    this.config = config;
    new SecureRandom().nextBytes(cacheKey);
  }

  /** The roles of a user whose secret matches, or empty. */
  public Optional<List<String>> verify(String username, String secret) {
    String digest = digest(username, secret);
    Verified v = cache.get(username);
    Instant now = Instant.now();
    if (v != null
        && v.until().isAfter(now)
        && MessageDigest.isEqual(bytes(v.digest()), bytes(digest))) {
      return Optional.of(v.roles());
    }
    Optional<List<String>> roles = check(username, secret);
    // A wrong secret leaves the remembered one alone: otherwise anyone could make every request of
    // a real user pay the full hash again by sending one wrong password now and then.
    roles.ifPresent(
        r -> cache.put(username, new Verified(digest, r, now.plus(config.credentialCacheTtl()))));
    return roles;
  }

  private Optional<List<String>> check(String username, String secret) {
    SecurityConfig.User configured = config.users().get(username);
    if (configured != null) {
      return PasswordHash.verify(secret, configured.passwordHash())
          ? Optional.of(List.copyOf(configured.roles()))
          : Optional.empty();
    }
    ApiCredential stored = QuarkusTransaction.requiringNew().call(() -> findById(username));
    if (stored == null) {
      // Spend the same time as a real check, so a probe cannot tell missing users from wrong
      // secrets.
      PasswordHash.verify(secret, Dummy.HASH);
      return Optional.empty();
    }
    return PasswordHash.verify(secret, stored.passwordHash)
        ? Optional.of(Arrays.stream(stored.roles.split(",")).map(String::trim).toList())
        : Optional.empty();
  }

  /**
   * The current roles of a user who logged in earlier (the console's session cookie names the user,
   * not the roles), or empty if the user no longer exists: a removed user's session ends with it.
   */
  public Optional<List<String>> roles(String username) {
    SecurityConfig.User configured = config.users().get(username);
    if (configured != null) {
      return Optional.of(List.copyOf(configured.roles()));
    }
    ApiCredential stored = QuarkusTransaction.requiringNew().call(() -> findById(username));
    return stored == null
        ? Optional.empty()
        : Optional.of(Arrays.stream(stored.roles.split(",")).map(String::trim).toList());
  }

  /** Whether any credential exists, configured or stored. */
  public boolean anyCredential() {
    return !config.users().isEmpty() || QuarkusTransaction.requiringNew().call(() -> count() > 0);
  }

  /** Stores a new credential. */
  public void store(String username, String secret, List<String> roles, String createdBy) {
    ApiCredential c = new ApiCredential();
    c.username = username;
    c.passwordHash = PasswordHash.hash(secret);
    c.roles = String.join(",", roles);
    c.createdAt = Instant.now();
    c.createdBy = createdBy;
    QuarkusTransaction.requiringNew().run(() -> persist(c));
  }

  private String digest(String username, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * A hash to check unknown users against, made on first use: deriving it takes a tenth of a second
   * of CPU, which the start of the service need not spend.
   */
  private static final class Dummy {
    static final String HASH = PasswordHash.hash("not-a-real-secret");
  }
}
