package io.sanctionscreen.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Screens a labelled query set and measures the screening: recall (positives whose expected entry
 * is among the hits at or above a threshold) and false-alert rate (negatives with any hit at or
 * above it), overall, per treatment and per type, at one threshold and across thresholds.
 */
public final class Evaluation {

  /** Screens one labelled query: the hits with their scores, at least down to the sweep start. */
  @FunctionalInterface
  public interface Screener {
    List<ScoredId> screen(LabelledQuery query);
  }

  /** A hit: an entity id and its score. */
  public record ScoredId(String entityId, String name, double score) {}

  /**
   * What a screening gave for one query.
   *
   * @param query the query
   * @param expectedScore the best score of an expected entry among the hits, 0 if none
   * @param top the best hit, or null
   */
  public record Outcome(LabelledQuery query, double expectedScore, ScoredId top) {

    /** The score that decides this query at a threshold: expected entry or, for a negative, top. */
    public double decidingScore() {
      return query.positive() ? expectedScore : (top == null ? 0 : top.score());
    }
  }

  /**
   * Counts at one threshold, at the service's own outcome: a query alerts (REVIEW or BLOCK) when
   * any hit reaches the threshold, and is CLEAR otherwise.
   *
   * @param positives queries on a list
   * @param found positives that alerted (the outcome is not CLEAR)
   * @param entryFound positives whose expected entry is among the hits at the threshold
   * @param negatives queries on no list
   * @param falseAlerts negatives that alerted
   * @param blocks negatives whose best hit reaches the block threshold
   */
  public record Counts(
      int positives, int found, int entryFound, int negatives, int falseAlerts, int blocks) {

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    /** found / positives, 1 with no positives. */
    public double recall() {
      return positives == 0 ? 1 : (double) found / positives;
    }

    /** entryFound / positives, 1 with no positives. */
    public double entryRecall() {
      return positives == 0 ? 1 : (double) entryFound / positives;
    }

    /** falseAlerts / negatives, 0 with no negatives. */
    public double falseAlertRate() {
      return negatives == 0 ? 0 : (double) falseAlerts / negatives;
    }

    Counts plus(Outcome o, double threshold) {
      boolean alert = o.top() != null && o.top().score() >= threshold;
      if (o.query().positive()) {
        return new Counts(
            positives + 1,
            found + (alert ? 1 : 0),
            entryFound + (o.expectedScore() >= threshold ? 1 : 0),
            negatives,
            falseAlerts,
            blocks);
      }
      boolean block = o.top() != null && o.top().score() >= BLOCK_THRESHOLD;
      return new Counts(
          positives,
          found,
          entryFound,
          negatives + 1,
          falseAlerts + (alert ? 1 : 0),
          blocks + (block ? 1 : 0));
    }

    Counts plus(Counts o) {
      return new Counts(
          positives + o.positives,
          found + o.found,
          entryFound + o.entryFound,
          negatives + o.negatives,
          falseAlerts + o.falseAlerts,
          blocks + o.blocks);
    }
  }

  /**
   * The default block threshold ({@code screening.decisions.block-threshold}): a negative whose
   * best hit reaches it would be BLOCKed for a purpose its measures restrict.
   */
  public static final double BLOCK_THRESHOLD = 0.90;

  /** The lowest threshold of the sweep; screeners must return hits down to it. */
  public static final double SWEEP_FROM = 0.50;

  private final List<Outcome> outcomes;
  private final double threshold;

  private Evaluation(List<Outcome> outcomes, double threshold) {
    this.outcomes = List.copyOf(outcomes);
    this.threshold = threshold;
  }

  /** Runs every query through the screener; {@code threshold} is the one the report leads with. */
  public static Evaluation run(List<LabelledQuery> queries, Screener screener, double threshold) {
    List<Outcome> outcomes =
        queries.parallelStream()
            .map(
                q -> {
                  List<ScoredId> hits = screener.screen(q);
                  double expected = 0;
                  for (ScoredId h : hits) {
                    if (q.expected().contains(h.entityId())) {
                      expected = Math.max(expected, h.score());
                    }
                  }
                  ScoredId top =
                      hits.stream().max(Comparator.comparingDouble(ScoredId::score)).orElse(null);
                  return new Outcome(q, expected, top);
                })
            .toList();
    return new Evaluation(outcomes, threshold);
  }

  /** Every query's outcome, in input order. */
  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** The threshold the report leads with. */
  public double threshold() {
    return threshold;
  }

  /** Counts over all queries at a threshold. */
  public Counts counts(double t) {
    Counts c = Counts.ZERO;
    for (Outcome o : outcomes) {
      c = c.plus(o, t);
    }
    return c;
  }

  /** Counts per group (treatment, type...) at a threshold, groups sorted by name. */
  public Map<String, Counts> countsBy(Function<LabelledQuery, String> group, double t) {
    Map<String, Counts> m = new TreeMap<>();
    for (Outcome o : outcomes) {
      m.merge(group.apply(o.query()), Counts.ZERO.plus(o, t), Counts::plus);
    }
    return m;
  }

  /** Counts at each threshold from {@link #SWEEP_FROM} to 1 in steps of 0.01. */
  public Map<Double, Counts> sweep() {
    Map<Double, Counts> m = new LinkedHashMap<>();
    for (int i = (int) Math.round(SWEEP_FROM * 100); i <= 100; i++) {
      double t = i / 100.0;
      m.put(t, counts(t));
    }
    return m;
  }

  /** Positives CLEAR at the threshold (no hit reaches it), lowest best score first. */
  public List<Outcome> misses() {
    List<Outcome> out = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.query().positive() && (o.top() == null || o.top().score() < threshold)) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparingDouble(o -> o.top() == null ? 0 : o.top().score()));
    return out;
  }

  /** Negatives that alert at the threshold, highest score first. */
  public List<Outcome> falseAlerts() {
    List<Outcome> out = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (!o.query().positive() && o.top() != null && o.top().score() >= threshold) {
        out.add(o);
      }
    }
    out.sort(Comparator.comparingDouble((Outcome o) -> o.top().score()).reversed());
    return out;
  }

  /** The report as text: summary, per treatment, per type, the sweep, misses and false alerts. */
  public String report(int maxListed) {
    StringBuilder b = new StringBuilder();
    Counts all = counts(threshold);
    b.append(
        String.format(
            Locale.ROOT,
            "Evaluation of %d queries at threshold %.2f: found = the outcome is not CLEAR (a hit"
                + " at or above the threshold); entry = the expected entry is among those hits;"
                + " blocks = negatives at or above %.2f%n%n",
            outcomes.size(),
            threshold,
            BLOCK_THRESHOLD));
    b.append(
        String.format(
            Locale.ROOT,
            "%-24s %9s %9s %9s %9s %9s %9s %9s %9s%n",
            "group",
            "positives",
            "found",
            "recall",
            "entry",
            "negatives",
            "alerts",
            "FA rate",
            "blocks"));
    row(b, "ALL", all);
    b.append('\n');
    countsBy(LabelledQuery::treatment, threshold).forEach((k, v) -> row(b, k, v));
    b.append('\n');
    countsBy(q -> q.type() == null ? "unknown" : q.type().apiName(), threshold)
        .forEach((k, v) -> row(b, k, v));
    b.append(
        String.format(
            Locale.ROOT, "%nAcross thresholds%n%9s %9s %9s%n", "threshold", "recall", "FA rate"));
    sweep()
        .forEach(
            (t, c) ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "%9.2f %8.2f%% %8.2f%%%n",
                        t,
                        100 * c.recall(),
                        100 * c.falseAlertRate())));
    List<Outcome> misses = misses();
    b.append(String.format(Locale.ROOT, "%nMisses (%d), worst first%n", misses.size()));
    for (Outcome o : misses.subList(0, Math.min(maxListed, misses.size()))) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %s %-12s %.3f %-45s expected %s; top %s%n",
              o.query().id(),
              o.query().treatment(),
              o.expectedScore(),
              quote(o.query().name()),
              String.join(";", o.query().expected()),
              o.top() == null
                  ? "none"
                  : o.top().entityId()
                      + " "
                      + quote(o.top().name())
                      + String.format(Locale.ROOT, " %.3f", o.top().score())));
    }
    List<Outcome> alerts = falseAlerts();
    b.append(String.format(Locale.ROOT, "%nFalse alerts (%d), worst first%n", alerts.size()));
    for (Outcome o : alerts.subList(0, Math.min(maxListed, alerts.size()))) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %s %-15s %.3f %-45s hit %s %s%n",
              o.query().id(),
              o.query().treatment(),
              o.top().score(),
              quote(o.query().name()),
              o.top().entityId(),
              quote(o.top().name())));
    }
    return b.toString();
  }

  private static String quote(String s) {
    return "'" + s + "'";
  }

  private static void row(StringBuilder b, String label, Counts c) {
    b.append(
        String.format(
            Locale.ROOT,
            "%-24s %9d %9d %8.2f%% %8.2f%% %9d %9d %8.2f%% %9d%n",
            label,
            c.positives(),
            c.found(),
            100 * c.recall(),
            100 * c.entryRecall(),
            c.negatives(),
            c.falseAlerts(),
            100 * c.falseAlertRate(),
            c.blocks()));
  }
}
