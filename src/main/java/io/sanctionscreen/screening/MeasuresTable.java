package io.sanctionscreen.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
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
   * @param purposes whether it restricts each purpose once it is fully in force
   * @param dates the dates of an entry that govern the measure (designation, listing, effective,
   *     end of a divestment window), by name
   * @param periods what the measure means before (or through) each of those dates, in the order of
   *     events; after the last one, {@code purposes} hold
   * @param inForce what the reason says once every period is over ({@code {date}} placeholders)
   */
  public record Measure(
      String code,
      String title,
      String description,
      Map<Purpose, Applicability> purposes,
      Map<String, GoverningDate> dates,
      List<Period> periods,
      String inForce) {

    /** Whether the measure restricts a purpose; with no purpose, its strongest effect. */
    public Applicability appliesTo(Purpose purpose) {
      return strongest(purposes, purpose);
    }

    /**
     * What the measure means for a purpose on a transaction date, given the entry's dates: the
     * first period the date falls in decides; a period whose date the entry does not give is
     * skipped (and said so).
     *
     * @param purpose the purpose, or null for every purpose
     * @param transactionDate the day the caller acts
     * @param entryDates the entry's dates by the list's label ("Effective Date (CMIC)")
     */
    public Effect on(Purpose purpose, LocalDate transactionDate, Map<String, String> entryDates) {
      Map<String, DateUsed> found = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (Map.Entry<String, GoverningDate> d : dates.entrySet()) {
        DateUsed used = d.getValue().find(d.getKey(), entryDates, transactionDate);
        if (used == null) {
          missing.add("the entry gives no " + d.getValue().title());
        } else {
          found.put(d.getKey(), used);
        }
      }
      for (Period p : periods) {
        DateUsed d = found.get(p.date());
        if (d == null) {
          continue;
        }
        boolean inside =
            p.through() ? !transactionDate.isAfter(d.value()) : transactionDate.isBefore(d.value());
        if (inside) {
          Map<Purpose, Applicability> effective = new EnumMap<>(purposes);
          effective.putAll(p.purposes());
          return new Effect(
              this,
              strongest(effective, purpose),
              fill(p.note(), found, transactionDate),
              List.copyOf(found.values()),
              List.copyOf(missing));
        }
      }
      return new Effect(
          this,
          appliesTo(purpose),
          inForce == null ? null : fill(inForce, found, transactionDate),
          List.copyOf(found.values()),
          List.copyOf(missing));
    }

    private static Applicability strongest(Map<Purpose, Applicability> by, Purpose purpose) {
      if (purpose != null) {
        return by.getOrDefault(purpose, Applicability.MAY_APPLY);
      }
      Applicability strongest = Applicability.DOES_NOT_APPLY;
      for (Applicability a : by.values()) {
        strongest = strongest.max(a);
      }
      return strongest;
    }

    /** A note with its {@code {name}} placeholders filled; null if a date it names is missing. */
    private static String fill(String note, Map<String, DateUsed> found, LocalDate transaction) {
      String out = note.replace("{transactionDate}", transaction.toString());
      for (DateUsed d : found.values()) {
        out = out.replace("{" + d.name() + "}", d.value().toString());
      }
      return out.contains("{") ? null : out;
    }
  }

  /**
   * A date of an entry that governs a measure.
   *
   * @param title what it is, in words ("effective date")
   * @param labels the lists' labels for it; an entry's label matches if it starts with one
   *     ("Effective Date" matches "Effective Date (CMIC)")
   */
  public record GoverningDate(String title, List<String> labels) {

    DateUsed find(String name, Map<String, String> entryDates, LocalDate transactionDate) {
      for (String label : labels) {
        for (Map.Entry<String, String> d : entryDates.entrySet()) {
          if (d.getKey().startsWith(label)) {
            LocalDate value = parse(d.getValue());
            if (value != null) {
              return new DateUsed(name, title, d.getKey(), value, Side.of(transactionDate, value));
            }
          }
        }
      }
      return null;
    }

    private static LocalDate parse(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  /**
   * What a measure means until one of its dates.
   *
   * @param date the name of the date
   * @param through whether the period includes that day (a divestment window) or ends the day
   *     before (an effective date)
   * @param purposes how it restricts each purpose meanwhile; purposes not named take the measure's
   * @param note what the reason says ({@code {date}} placeholders, {@code {transactionDate}})
   */
  public record Period(
      String date, boolean through, Map<Purpose, Applicability> purposes, String note) {}

  /** Where the transaction date falls against a date. */
  public enum Side {
    BEFORE,
    ON,
    AFTER;

    static Side of(LocalDate transaction, LocalDate date) {
      return transaction.isBefore(date) ? BEFORE : transaction.isAfter(date) ? AFTER : ON;
    }
  }

  /**
   * A date a decision used.
   *
   * @param name its name in the measures table ("effective")
   * @param title what it is ("effective date")
   * @param label the list's label ("Effective Date (CMIC)")
   * @param value the date
   * @param transactionDate where the transaction date falls against it
   */
  public record DateUsed(
      String name, String title, String label, LocalDate value, Side transactionDate) {}

  /**
   * What a measure means for a purpose on a transaction date.
   *
   * @param measure the measure
   * @param applicability whether it restricts the purpose on that date
   * @param note what the dates mean, naming them; null when no date governs
   * @param dates the entry's dates that govern the measure
   * @param missing dates the measure looks for that the entry does not give
   */
  public record Effect(
      Measure measure,
      Applicability applicability,
      String note,
      List<DateUsed> dates,
      List<String> missing) {}

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
              Map<String, GoverningDate> dates = new LinkedHashMap<>();
              e.getValue()
                  .path("dates")
                  .fields()
                  .forEachRemaining(
                      d -> {
                        List<String> labels = new ArrayList<>();
                        d.getValue().path("labels").forEach(l -> labels.add(l.asText()));
                        if (labels.isEmpty()) {
                          throw new IllegalArgumentException(
                              "measure " + e.getKey() + ": date " + d.getKey() + " has no labels");
                        }
                        dates.put(
                            d.getKey(),
                            new GoverningDate(text(d.getValue(), "title"), List.copyOf(labels)));
                      });
              List<Period> periods = new ArrayList<>();
              for (JsonNode p : e.getValue().path("periods")) {
                boolean through = p.has("through");
                String date = text(p, through ? "through" : "before");
                if (!dates.containsKey(date)) {
                  throw new IllegalArgumentException(
                      "measure " + e.getKey() + ": a period names the undefined date " + date);
                }
                Map<Purpose, Applicability> during = new EnumMap<>(Purpose.class);
                p.path("purposes")
                    .fields()
                    .forEachRemaining(
                        a -> {
                          Applicability v = Applicability.valueOf(a.getValue().asText());
                          if (a.getKey().equals("*")) {
                            for (Purpose any : Purpose.values()) {
                              during.putIfAbsent(any, v);
                            }
                          } else {
                            during.put(Purpose.valueOf(a.getKey()), v);
                          }
                        });
                periods.add(new Period(date, through, Map.copyOf(during), text(p, "note")));
              }
              JsonNode inForce = e.getValue().get("inForce");
              measures.put(
                  e.getKey(),
                  new Measure(
                      e.getKey(),
                      text(e.getValue(), "title"),
                      text(e.getValue(), "description"),
                      Map.copyOf(purposes),
                      Collections.unmodifiableMap(dates),
                      List.copyOf(periods),
                      inForce == null ? null : inForce.asText()));
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
