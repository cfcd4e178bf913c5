package io.sanctionscreen.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers the console's own failures as pages. */
public class ConsoleExceptionMappers {

  @CheckedTemplate(basePath = "console")
  static class Templates {
    static native TemplateInstance rejected(String detail);
  }

  /** A console form posted without its token: 403. */
  @ServerExceptionMapper
  public Response rejected(CsrfRejectedException e) {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.TEXT_HTML_TYPE)
        .entity(Templates.rejected(e.getMessage()))
        .build();
  }
}
