package io.sanctionscreen.web.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Configuration of access control ({@code screening.security.*}). */
@ConfigMapping(prefix = "screening.security")
public interface SecurityConfig {

  /**
   * Callers authenticating with HTTP Basic, by user name: {@code
   * screening.security.users.bank-gateway.password-hash=pbkdf2-sha256$...} and {@code
   * .roles=screener}. Hashes come from {@code java -cp ...
   * io.sanctionscreen.web.security.PasswordHash <secret>}.
   */
  Map<String, User> users();

  /**
   * Whether the first start with no configured users and no stored credentials creates an admin
   * credential, stores it hashed and writes the secret once to {@link #adminCredentialFile()}.
   */
  @WithDefault("true")
  boolean bootstrapAdmin();

  /** Where the bootstrap admin secret is written (readable by the service's user only). */
  @WithDefault("${screening.data-dir:./data}/admin-credential.txt")
  String adminCredentialFile();

  /** How long a verified Basic credential is remembered, sparing the hash on every request. */
  @WithDefault("5m")
  Duration credentialCacheTtl();

  /** Requests per second one caller may make, sustained; more get 429. */
  @WithDefault("50")
  double rateLimitPerSecond();

  /** Requests one caller may make in a burst above the sustained rate. */
  @WithDefault("200")
  int rateLimitBurst();

  /**
   * Failed authentications (401 to a request with credentials) one address may have in a row before
   * its requests are refused with 429; failures then age out at {@link #authFailuresPerMinute()},
   * so guessing slows to that rate. Behind a proxy, enable {@code
   * quarkus.http.proxy.proxy-address-forwarding} so that the caller's address is the one counted.
   */
  @WithDefault("10")
  int authFailureBurst();

  /** Failed authentications one address may add a minute, sustained, once past the burst. */
  @WithDefault("10")
  double authFailuresPerMinute();

  /** A configured Basic user. */
  interface User {

    /** The PBKDF2 hash of the user's secret. */
    String passwordHash();

    /** The user's roles: screener, officer, admin, monitor. */
    List<String> roles();
  }
}
