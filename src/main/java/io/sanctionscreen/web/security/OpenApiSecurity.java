package io.sanctionscreen.web.security;

import io.sanctionscreen.web.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Declares the ways to authenticate, so that the Swagger UI offers "Authorize": HTTP Basic with a
 * user and secret (the embedded default), or a bearer token from the bank's identity provider.
 */
@OpenAPIDefinition(
    info = @Info(title = "Sanctions screening API", version = "1.0"),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")},
    // The error body of every operation (io.sanctionscreen.web.CommonResponsesFilter refers to it).
    components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)),
    tags = {
      @Tag(name = "Screening", description = "Screen counterparty names against the loaded lists"),
      @Tag(
          name = "Lists",
          description = "Loaded sanctions lists, their versions and their entries"),
      @Tag(name = "Audit", description = "The stored evidence of every screening"),
      @Tag(name = "Evaluation", description = "Measure the screening on a labelled query file"),
      @Tag(name = "List administration")
    })
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "basic",
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description =
          "A user and secret; on first start the secret of 'admin' is in data/admin-credential.txt"),
  @SecurityScheme(
      securitySchemeName = "bearer",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      bearerFormat = "JWT",
      description = "A JWT from the configured issuer; its groups claim carries the roles")
})
public class OpenApiSecurity extends Application {}
