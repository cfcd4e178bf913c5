package io.sanctionscreen.screening.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.errors.JsonErrors;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.screening.Purpose;
import io.sanctionscreen.screening.ScreenRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads batch input row by row, without holding the whole batch: a JSON body {@code {"queries":
 * [...]}} whose items are screening requests, or a CSV file with a header row and the columns
 * {@link #CSV_COLUMNS}. A row that cannot be read becomes an error in its place.
 */
public final class BatchInput {

  /**
   * The CSV columns: {@code name} is required, the others optional. {@code identifiers} holds
   * {@code type:value} pairs separated by {@code ;} ("C.R. No.:2162198;ISIN:KYG7114V1023").
   */
  public static final List<String> CSV_COLUMNS =
      List.of("reference", "name", "type", "country", "birth_date", "purpose", "identifiers");

  /** One input row: a request, or why there is none. */
  public record Item(int row, ScreenRequest request, String error) {}

  private BatchInput() {}

  /**
   * Reads a JSON body lazily.
   *
   * @throws InvalidInputException if the body is not an object with a "queries" array
   */
  public static Iterator<Item> json(ObjectMapper mapper, InputStream in) {
    try {
      JsonParser p = mapper.getFactory().createParser(in);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException("body", "expected an object {\"queries\": [...]}");
      }
      while (true) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.FIELD_NAME) {
          throw new InvalidInputException("queries", "missing: expected {\"queries\": [...]}");
        }
        String field = p.currentName();
        p.nextToken();
        if (field.equals("queries")) {
          if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidInputException("queries", "must be an array of screening requests");
          }
          return jsonItems(mapper, p);
        }
        throw new InvalidInputException(field, "unknown field; expected only \"queries\"");
      }
    } catch (IOException e) {
      throw new InvalidInputException("body", "not valid JSON: " + e.getMessage());
    }
  }

  private static Iterator<Item> jsonItems(ObjectMapper mapper, JsonParser p) {
    return new Iterator<>() {
      private int row;
      private Item next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = read();
        }
        return next != null;
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Item i = next;
        next = null;
        return i;
      }

      private Item read() {
        try {
          JsonToken t = p.nextToken();
          if (t == JsonToken.END_ARRAY || t == null) {
            done = true;
            return null;
          }
          row++;
          JsonNode node = mapper.readTree(p);
          try {
            return new Item(row, mapper.treeToValue(node, ScreenRequest.class), null);
          } catch (JsonProcessingException e) {
            return new Item(row, partial(node), JsonErrors.describe(e));
          } catch (IllegalArgumentException e) {
            return new Item(row, partial(node), rootMessage(e));
          }
        } catch (IOException e) {
          // The JSON itself is broken: nothing after this point can be trusted.
          done = true;
          row++;
          return new Item(row, null, "the JSON is malformed from here on: " + rootMessage(e));
        }
      }
    };
  }

  /** Reads a CSV file lazily; the header must name known columns and include name. */
  public static Iterator<Item> csv(Reader reader) {
    CSVParser parser;
    try {
      parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException(
          "body", "not a CSV file with a header row: " + rootMessage(e));
    }
    List<String> header = new ArrayList<>();
    for (String h : parser.getHeaderNames()) {
      header.add(h.toLowerCase(Locale.ROOT));
    }
    if (!header.contains("name")) {
      throw new InvalidInputException(
          "header", "must include a name column; columns are " + CSV_COLUMNS);
    }
    for (String h : header) {
      if (!CSV_COLUMNS.contains(h)) {
        throw new InvalidInputException(
            "header", "unknown column '" + h + "'; columns are " + CSV_COLUMNS);
      }
    }
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private int row;

      @Override
      public boolean hasNext() {
        try {
          return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
          return false;
        }
      }

      @Override
      public Item next() {
        row++;
        CSVRecord r;
        try {
          r = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          return new Item(row, null, "the CSV is malformed from here on: " + rootMessage(e));
        }
        try {
          return new Item(row, request(r, header), null);
        } catch (IllegalArgumentException e) {
          return new Item(
              row,
              partial(value(r, header, "name"), value(r, header, "reference")),
              e.getMessage());
        }
      }
    };
  }

  /**
   * What a row that cannot be read still says about itself (its name and reference, when they are
   * text), so that the report can show which row it was.
   */
  private static ScreenRequest partial(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode name = node.get("name");
    JsonNode reference = node.get("reference");
    return partial(
        name != null && name.isTextual() ? name.asText() : null,
        reference != null && reference.isTextual() ? reference.asText() : null);
  }

  private static ScreenRequest partial(String name, String reference) {
    if (name == null && reference == null) {
      return null;
    }
    return new ScreenRequest(name, null, null, null, null, null, null, reference, null);
  }

  private static ScreenRequest request(CSVRecord r, List<String> header) {
    if (!r.isConsistent()) {
      throw new IllegalArgumentException(
          "has " + r.size() + " columns, the header has " + header.size());
    }
    String name = value(r, header, "name");
    String type = value(r, header, "type");
    String purpose = value(r, header, "purpose");
    Purpose p = null;
    if (purpose != null) {
      try {
        p = Purpose.valueOf(purpose.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "purpose: '" + purpose + "' is not one of " + Arrays.toString(Purpose.values()));
      }
    }
    List<ScreenRequest.IdentifierInput> ids = new ArrayList<>();
    String idField = value(r, header, "identifiers");
    if (idField != null) {
      for (String pair : idField.split(";")) {
        if (pair.isBlank()) {
          continue;
        }
        int colon = pair.lastIndexOf(':');
        ids.add(
            colon > 0
                ? new ScreenRequest.IdentifierInput(
                    pair.substring(0, colon).trim(), pair.substring(colon + 1).trim())
                : new ScreenRequest.IdentifierInput(null, pair.trim()));
      }
    }
    return new ScreenRequest(
        name,
        type == null ? null : EntryType.fromApi(type),
        value(r, header, "country"),
        value(r, header, "birth_date"),
        p,
        null,
        null,
        value(r, header, "reference"),
        ids.isEmpty() ? null : ids);
  }

  private static String value(CSVRecord r, List<String> header, String column) {
    int i = header.indexOf(column);
    if (i < 0 || i >= r.size()) {
      return null;
    }
    String v = r.get(i);
    return v == null || v.isBlank() ? null : v;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
