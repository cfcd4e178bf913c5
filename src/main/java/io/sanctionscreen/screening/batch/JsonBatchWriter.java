package io.sanctionscreen.screening.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes {"properties": {...} (if any), "results": [{"row", "request", "response" | "error"}...],
 * "summary": {...}}.
 */
final class JsonBatchWriter implements BatchWriter {

  private final JsonGenerator g;
  private final ObjectMapper json;
  private final Map<String, String> properties;

  JsonBatchWriter(OutputStream out, ObjectMapper json, Map<String, String> properties) {
    this.properties = properties == null ? Map.of() : properties;
    try {
      this.g = json.getFactory().createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.json = json;
  }

  @Override
  public void start() throws IOException {
    g.writeStartObject();
    if (!properties.isEmpty()) {
      g.writeObjectFieldStart("properties");
      for (Map.Entry<String, String> p : properties.entrySet()) {
        g.writeStringField(p.getKey(), p.getValue());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("results");
  }

  @Override
  public void write(BatchRow row) throws IOException {
    g.writeStartObject();
    g.writeNumberField("row", row.row());
    if (row.request() != null && row.request().reference() != null) {
      g.writeStringField("reference", row.request().reference());
    }
    g.writeStringField("name", row.name());
    if (row.response() != null) {
      g.writeFieldName("response");
      json.writeValue(g, row.response());
    } else {
      g.writeStringField("error", row.error());
    }
    g.writeEndObject();
    g.flush();
  }

  @Override
  public void finish(Summary summary, String abort) throws IOException {
    g.writeEndArray();
    g.writeFieldName("summary");
    json.writeValue(g, summary);
    if (abort != null) {
      g.writeStringField("aborted", abort);
    }
    g.writeEndObject();
    g.flush();
  }
}
