package io.sanctionscreen.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service on a database behind a {@link TcpProxy} ({@link ProxiedDatabase#proxy()}), with the
 * connection pool's timeouts short so that an outage shows within seconds. It loads only two small
 * bundled lists (us-ofac-cons, un-sc), to start fast, and lets callers screen as fast as they can
 * (load tests).
 */
public class ProxiedDatabaseProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "screening.lists.bundled", "us-ofac-cons,un-sc",
        "quarkus.datasource.jdbc.acquisition-timeout", "2s",
        "quarkus.datasource.jdbc.login-timeout", "2s",
        "quarkus.datasource.jdbc.validation-query-timeout", "2s",
        "screening.security.rate-limit-per-second", "100000",
        "screening.security.rate-limit-burst", "100000");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(ProxiedDatabase.class));
  }
}
