package io.sanctionscreen.web.security;

import io.sanctionscreen.web.SuppressForbidden;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 password hashes, written {@code
 * pbkdf2-sha256$<iterations>$<salt>$<hash>} (salt and hash in base64). Verification compares in
 * constant time.
 */
public final class PasswordHash {

  private static final String PREFIX = "pbkdf2-sha256";
  private static final int ITERATIONS = 120_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  /** A new hash of a secret, with a fresh salt. */
  public static String hash(String secret) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return format(ITERATIONS, salt, derive(secret, salt, ITERATIONS));
  }

  /** Whether a secret matches a stored hash; false for a malformed hash. */
  public static boolean verify(String secret, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(secret, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A random secret of 32 URL-safe characters. */
  public static String newSecret() {
    byte[] b = new byte[24];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder e = Base64.getEncoder();
    return String.format(
        Locale.ROOT,
        "%s$%d$%s$%s",
        PREFIX,
        iterations,
        e.encodeToString(salt),
        e.encodeToString(hash));
  }

  private static byte[] derive(String secret, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, HASH_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    }
  }

  /** Prints the hash of a secret given as the argument, for configuring users. */
  @SuppressForbidden(reason = "a command-line helper prints its result")
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: PasswordHash <secret>");
      return;
    }
    System.out.println(hash(args[0]));
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
