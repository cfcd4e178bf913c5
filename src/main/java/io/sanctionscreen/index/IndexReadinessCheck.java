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

  @Override
  public HealthCheckResponse call() {
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
