package io.sanctionscreen.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An evaluation as JSON: counts at the chosen threshold overall, per treatment and per type, the
 * sweep across thresholds, and the misses and false alerts, worst first.
 *
 * @param threshold the threshold the counts are at
 * @param queries number of queries
 * @param overall counts over all queries
 * @param byTreatment counts per treatment
 * @param byType counts per type
 * @param sweep recall and false-alert rate from 0.50 to 1.00
 * @param misses positives not found, lowest score first
 * @param falseAlerts negatives that alerted, highest score first
 */
@Schema(name = "EvaluationReport")
public record EvaluationReport(
    double threshold,
    int queries,
    Rates overall,
    Map<String, Rates> byTreatment,
    Map<String, Rates> byType,
    List<Point> sweep,
    List<Case> misses,
    List<Case> falseAlerts) {

  /**
   * Counts and rates of a group, at the service's outcome.
   *
   * @param positives queries on a list
   * @param found positives whose outcome is not CLEAR
   * @param recall found / positives
   * @param entryFound positives whose expected entry is among the hits at the threshold
   * @param entryRecall entryFound / positives
   * @param negatives queries on no list
   * @param falseAlerts negatives whose outcome is not CLEAR
   * @param falseAlertRate falseAlerts / negatives
   * @param blocks negatives whose best hit reaches the default block threshold
   */
  @Schema(name = "EvaluationRates")
  public record Rates(
      int positives,
      int found,
      double recall,
      int entryFound,
      double entryRecall,
      int negatives,
      int falseAlerts,
      double falseAlertRate,
      int blocks) {

    static Rates of(Evaluation.Counts c) {
      return new Rates(
          c.positives(),
          c.found(),
          round(c.recall()),
          c.entryFound(),
          round(c.entryRecall()),
          c.negatives(),
          c.falseAlerts(),
          round(c.falseAlertRate()),
          c.blocks());
    }
  }

  /** Recall and false-alert rate at one threshold. */
  @Schema(name = "EvaluationPoint")
  public record Point(double threshold, double recall, double falseAlertRate) {}

  /** A query the screening got wrong. */
  @Schema(name = "EvaluationCase")
  public record Case(
      String queryId,
      String name,
      String treatment,
      List<String> expected,
      double expectedScore,
      String topEntityId,
      String topName,
      double topScore) {}

  static EvaluationReport of(Evaluation e, int maxListed) {
    Map<String, Rates> byTreatment = new LinkedHashMap<>();
    e.countsBy(LabelledQuery::treatment, e.threshold())
        .forEach((k, v) -> byTreatment.put(k, Rates.of(v)));
    Map<String, Rates> byType = new LinkedHashMap<>();
    e.countsBy(q -> q.type() == null ? "unknown" : q.type().apiName(), e.threshold())
        .forEach((k, v) -> byType.put(k, Rates.of(v)));
    List<Point> sweep = new ArrayList<>();
    e.sweep()
        .forEach((t, c) -> sweep.add(new Point(t, round(c.recall()), round(c.falseAlertRate()))));
    return new EvaluationReport(
        e.threshold(),
        e.outcomes().size(),
        Rates.of(e.counts(e.threshold())),
        byTreatment,
        byType,
        sweep,
        cases(e.misses(), maxListed),
        cases(e.falseAlerts(), maxListed));
  }

  private static List<Case> cases(List<Evaluation.Outcome> outcomes, int max) {
    List<Case> out = new ArrayList<>();
    for (Evaluation.Outcome o : outcomes.subList(0, Math.min(max, outcomes.size()))) {
      out.add(
          new Case(
              o.query().id(),
              o.query().name(),
              o.query().treatment(),
              o.query().expected(),
              round(o.expectedScore()),
              o.top() == null ? null : o.top().entityId(),
              o.top() == null ? null : o.top().name(),
              o.top() == null ? 0 : round(o.top().score())));
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
