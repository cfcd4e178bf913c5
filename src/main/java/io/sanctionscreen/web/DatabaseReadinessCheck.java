package io.sanctionscreen.web;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready while the database answers. Health is open to anyone, so the answer says only reachable or
 * unreachable; what went wrong (the driver's message, with addresses and user names) goes to the
 * log, once per change of state. Replaces Quarkus's own data source check, which shows the driver's
 * message ({@code quarkus.datasource.health.enabled=false}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class);

  /** Seconds the validation query may take. */
  private static final int TIMEOUT_SECONDS = 3;

  private final AgroalDataSource dataSource;
  private final AtomicBoolean wasUp = new AtomicBoolean(true);

  DatabaseReadinessCheck(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.getConnection()) {
      if (!c.isValid(TIMEOUT_SECONDS)) {
        throw new SQLException("the connection did not validate in " + TIMEOUT_SECONDS + " s");
      }
      if (!wasUp.getAndSet(true)) {
        LOG.info("The database is reachable again");
      }
      return HealthCheckResponse.named("database").up().withData("database", "reachable").build();
    } catch (SQLException | RuntimeException e) {
      if (wasUp.getAndSet(false)) {
        LOG.warnf("The database is unreachable: %s", e.toString());
      }
      return HealthCheckResponse.named("database")
          .down()
          .withData("database", "unreachable")
          .build();
    }
  }
}
