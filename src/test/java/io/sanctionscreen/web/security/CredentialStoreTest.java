package io.sanctionscreen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The remembered credential of a real user survives an attacker's wrong guesses. */
class CredentialStoreTest {

  private static SecurityConfig.User user(String hash, String role) {
    return new SecurityConfig.User() {
      @Override
      public String passwordHash() {
        return hash;
      }

      @Override
      public List<String> roles() {
        return List.of(role);
      }
    };
  }

  private static SecurityConfig config(Map<String, SecurityConfig.User> users) {
    return new SecurityConfig() {
      @Override
      public Map<String, User> users() {
        return users;
      }

      @Override
      public boolean bootstrapAdmin() {
        return false;
      }

      @Override
      public String adminCredentialFile() {
        return "unused";
      }

      @Override
      public Duration credentialCacheTtl() {
        return Duration.ofMinutes(5);
      }

      @Override
      public double rateLimitPerSecond() {
        return 50;
      }

      @Override
      public int rateLimitBurst() {
        return 200;
      }

      @Override
      public int authFailureBurst() {
        return 10;
      }

      @Override
      public double authFailuresPerMinute() {
        return 10;
      }
    };
  }

  @Test
  void aWrongPasswordDoesNotEvictTheRealUsersCachedCredential() {
    Map<String, SecurityConfig.User> users = new ConcurrentHashMap<>();
    users.put("bank-gateway", user(PasswordHash.hash("the-real-secret"), "screener"));
    CredentialStore store = new CredentialStore(config(users));
    assertThat(store.verify("bank-gateway", "the-real-secret")).contains(List.of("screener"));

    assertThat(store.verify("bank-gateway", "a-guess")).isEmpty();

    // Only the remembered credential can still accept the secret once the configured hash is
    // another: the real user's next request is answered from the cache, without the hash.
    users.put("bank-gateway", user(PasswordHash.hash("another-secret"), "screener"));
    assertThat(store.verify("bank-gateway", "the-real-secret")).contains(List.of("screener"));
    assertThat(store.verify("bank-gateway", "a-guess")).isEmpty();
  }
}
