package io.sanctionscreen.index;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once a name index generation is built: before that, screening cannot answer. */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

  private final IndexService index;

  public IndexReadinessCheck(IndexService index) {
    this.index = index;
  }

  /** The last state reported, so that only a change is logged (not every probe). */
  private final java.util.concurrent.atomic.AtomicReference<String> lastState =
      new java.util.concurrent.atomic.AtomicReference<>();

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponse r = check();
    String state = r.getStatus() + (index.current().map(g -> " " + g.versions()).orElse(""));
    String before = lastState.getAndSet(state);
    if (!state.equals(before)) {
      org.jboss.logging.Logger.getLogger(IndexReadinessCheck.class)
          .infof("Readiness of the name index: %s", state);
    }
    return r;
  }

  private HealthCheckResponse check() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("name-index");
    return index
        .current()
        .map(
            g -> {
              b.up()
                  .withData("entries", g.entryCount())
                  .withData("names", g.nameCount())
                  .withData("builtAt", g.builtAt().toString());
              for (IndexGeneration.SourceVersion v : g.versions()) {
                b.withData(v.source(), "version " + v.versionId() + ", list date " + v.listDate());
              }
              return b.build();
            })
        .orElseGet(() -> b.down().withData("reason", "lists loading; index not built yet").build());
  }
}
