package io.sanctionscreen.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The program-effects table: which measures a listing under a program carries (blocking, a
 * securities ban, an export licence requirement...) and whether each measure restricts a purpose.
 * It is data ({@code decisions/measures.json}, versioned), not code; a program the table does not
 * know maps to the measure {@code UNKNOWN}, which always needs a person.
 */
public final class MeasuresTable {

  /** The code of the measure given to programs the table does not know. */
  public static final String UNKNOWN = "UNKNOWN";

  /**
   * A measure and what it means for each purpose.
   *
   * @param code the measure's code, such as SECURITIES_BAN
   * @param title a short name
   * @param description what it prohibits, in words
   * @param purposes whether it restricts each purpose
   */
  public record Measure(
      String code, String title, String description, Map<Purpose, Applicability> purposes) {

    /** Whether the measure restricts a purpose; with no purpose, its strongest effect. */
    public Applicability appliesTo(Purpose purpose) {
      if (purpose != null) {
        return purposes.getOrDefault(purpose, Applicability.MAY_APPLY);
      }
      Applicability strongest = Applicability.DOES_NOT_APPLY;
      for (Applicability a : purposes.values()) {
        strongest = strongest.max(a);
      }
      return strongest;
    }
  }

  /** A rule: programs of a source (patterns may end with {@code *}) carry these measures. */
  record Rule(String source, String program, List<String> measures, String note) {

    boolean matches(String sourceId, String programCode) {
      return glob(source, sourceId) && glob(program, programCode);
    }

    private static boolean glob(String pattern, String value) {
      if (pattern.equals("*")) {
        return true;
      }
      if (pattern.endsWith("*")) {
        return value.startsWith(pattern.substring(0, pattern.length() - 1));
      }
      return pattern.equals(value);
    }
  }

  /**
   * What an entry's listing carries.
   *
   * @param measures the measures, each once
   * @param notes the rules' notes, naming the list or program
   * @param unknownPrograms programs no rule covers
   */
  public record Resolved(
      List<Measure> measures, List<String> notes, List<String> unknownPrograms) {}

  private final String version;
  private final Map<String, Measure> measures;
  private final List<Rule> rules;

  private MeasuresTable(String version, Map<String, Measure> measures, List<Rule> rules) {
    this.version = version;
    this.measures = measures;
    this.rules = rules;
  }

  /** The table shipped with the service. */
  public static MeasuresTable bundled(ObjectMapper json) {
    try (InputStream in =
        MeasuresTable.class.getClassLoader().getResourceAsStream("decisions/measures.json")) {
      if (in == null) {
        throw new IllegalStateException("decisions/measures.json is missing from the build");
      }
      return read(json, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table.
   *
   * @throws IllegalArgumentException if it is incomplete: a measure without an answer for every
   *     purpose, a rule naming a measure that is not defined, no UNKNOWN measure
   */
  public static MeasuresTable read(ObjectMapper json, InputStream in) throws IOException {
    JsonNode root = json.readTree(in);
    String version = text(root, "version");
    Map<String, Measure> measures = new LinkedHashMap<>();
    root.path("measures")
        .fields()
        .forEachRemaining(
            e -> {
              Map<Purpose, Applicability> purposes = new EnumMap<>(Purpose.class);
              for (Purpose p : Purpose.values()) {
                JsonNode a = e.getValue().path("purposes").get(p.name());
                if (a == null) {
                  throw new IllegalArgumentException(
                      "measure " + e.getKey() + " does not say whether it applies to " + p);
                }
                purposes.put(p, Applicability.valueOf(a.asText()));
              }
              measures.put(
                  e.getKey(),
                  new Measure(
                      e.getKey(),
                      text(e.getValue(), "title"),
                      text(e.getValue(), "description"),
                      Map.copyOf(purposes)));
            });
    if (!measures.containsKey(UNKNOWN)) {
      throw new IllegalArgumentException("the table must define the measure " + UNKNOWN);
    }
    List<Rule> rules = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      List<String> codes = new ArrayList<>();
      for (JsonNode m : r.path("measures")) {
        if (!measures.containsKey(m.asText())) {
          throw new IllegalArgumentException("a rule names the undefined measure " + m.asText());
        }
        codes.add(m.asText());
      }
      rules.add(
          new Rule(text(r, "source"), text(r, "program"), List.copyOf(codes), text(r, "note")));
    }
    return new MeasuresTable(version, Map.copyOf(measures), List.copyOf(rules));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.asText().isBlank()) {
      throw new IllegalArgumentException("measures table: missing '" + field + "'");
    }
    return v.asText();
  }

  /** The table's version, recorded with every decision. */
  public String version() {
    return version;
  }

  /** A measure by code. */
  public Measure measure(String code) {
    return measures.get(code);
  }

  /**
   * The measures an entry of a source carries under its programs. An entry without programs, or
   * with programs no rule covers, carries {@code UNKNOWN}; a source-wide rule covers every program.
   */
  public Resolved resolve(String source, List<String> programs) {
    Set<Measure> out = new LinkedHashSet<>();
    Set<String> notes = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    List<String> codes = programs.isEmpty() ? List.of("") : programs;
    for (String program : codes) {
      Rule rule = null;
      for (Rule r : rules) {
        if (r.matches(source, program)) {
          rule = r;
          break;
        }
      }
      if (rule == null) {
        if (!program.isEmpty()) {
          unknown.add(program);
        }
        continue;
      }
      notes.add(rule.note());
      for (String code : rule.measures()) {
        out.add(measures.get(code));
      }
    }
    if (out.isEmpty() || !unknown.isEmpty()) {
      out.add(measures.get(UNKNOWN));
    }
    return new Resolved(List.copyOf(out), List.copyOf(notes), List.copyOf(unknown));
  }
}
