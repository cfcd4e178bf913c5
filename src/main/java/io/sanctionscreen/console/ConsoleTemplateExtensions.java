package io.sanctionscreen.console;

import io.quarkus.qute.TemplateExtension;
import io.sanctionscreen.lists.versions.ListChanges;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting helpers the console's templates call on values: {@code {hit.score.fixed2}}. */
@TemplateExtension
public final class ConsoleTemplateExtensions {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ConsoleTemplateExtensions() {}

  /** A score or share with two decimals: 0.93. */
  static String fixed2(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A score that may be missing with two decimals, or a dash when there is none. */
  static String orDash(Double value) {
    return value == null ? "–" : fixed2(value.doubleValue());
  }

  /** An instant to the minute, in UTC: 2026-12-02 08:32 UTC. */
  static String utc(Instant instant) {
    return instant == null ? "–" : MINUTES.format(instant) + " UTC";
  }

  /** Whether the change removed the entry (then there is no entry page to link to). */
  static boolean removed(ListChanges.Change change) {
    return change.change() == ListChanges.Kind.REMOVED;
  }

  /** The value as one URL path segment. */
  static String segment(String value) {
    return ConsolePaths.segment(value);
  }
}
