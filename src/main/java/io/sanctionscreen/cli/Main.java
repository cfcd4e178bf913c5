package io.sanctionscreen.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.sanctionscreen.evaluation.EvaluateCommand;
import io.sanctionscreen.web.SuppressForbidden;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point. Its arguments are parsed strictly: only {@code serve} (or no argument) starts
 * the service; {@code screen <file>} screens a deal-list file without a database or server (see
 * {@link OfflineScreen}; {@code --record} runs {@link ScreenCommand} on the service instead);
 * {@code evaluate <labelled.csv>} measures the matching (see {@link EvaluateCommand}). Anything
 * else, {@code --help} included, prints the usage and exits 2.
 */
@QuarkusMain
public class Main {

  /** Exit code for bad usage, as the screen command's. */
  static final int USAGE = ScreenCommand.USAGE;

  static final String USAGE_TEXT =
      String.join(
          System.lineSeparator(),
          "usage: java -jar quarkus-run.jar [serve]",
          "         runs the service (HTTP on quarkus.http.port, 8080)",
          "       java -jar quarkus-run.jar screen <deal-list.csv|.json> [options]",
          "         screens a deal list against the bundled lists, no database or server; exit"
              + " 0 no row fails, 1 a row is BLOCK (or REVIEW with --fail-on review), 2 bad usage,"
              + " 3 could not run",
          "         " + ScreenCommand.USAGE_TEXT,
          "       java -jar quarkus-run.jar evaluate <labelled.csv> [threshold] [chart.png]");

  /** What the arguments ask for. */
  enum Mode {
    SERVE,
    SCREEN,
    SCREEN_RECORDED,
    EVALUATE,
    USAGE
  }

  private Main() {}

  /** Decides what to run; anything unknown is bad usage, never the server. */
  static Mode mode(String... args) {
    if (args.length == 0 || (args.length == 1 && args[0].equals("serve"))) {
      return Mode.SERVE;
    }
    return switch (args[0]) {
      case ScreenCommand.NAME ->
          List.of(args).contains("--record") ? Mode.SCREEN_RECORDED : Mode.SCREEN;
      case "evaluate" -> Mode.EVALUATE;
      default -> Mode.USAGE;
    };
  }

  /** Starts the service or a command. */
  @SuppressForbidden(reason = "a command prints its report to standard output")
  public static void main(String... args) throws IOException {
    switch (mode(args)) {
      case SERVE -> Quarkus.run(args.length == 0 ? args : new String[0]);
      case SCREEN -> System.exit(screen(args));
      case SCREEN_RECORDED -> {
        // No HTTP port, standard output kept for the report, and screening only once the lists
        // are loaded. Set before Quarkus reads its configuration.
        System.setProperty("quarkus.http.host-enabled", "false");
        System.setProperty("quarkus.log.console.stderr", "true");
        System.setProperty("quarkus.banner.enabled", "false");
        System.setProperty("screening.lists.load-in-background", "false");
        Quarkus.run(ScreenCommand.class, args);
      }
      case EVALUATE ->
          // Plain Java: the index is built from the bundled lists in memory, no database or server.
          System.exit(
              EvaluateCommand.run(
                  Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
      case USAGE -> System.exit(usage(args, System.err));
    }
  }

  /** The command without the service; any failure to run (even a missing class) exits 3. */
  @SuppressForbidden(reason = "a command prints its report to standard output")
  private static int screen(String[] args) {
    try {
      return OfflineScreen.run(args, System.out, System.err);
    } catch (Throwable e) {
      System.err.println("screen: could not run: " + e);
      return ScreenCommand.FAILED;
    }
  }

  /** Prints why and how; returns the exit code for bad usage. */
  static int usage(String[] args, PrintStream err) {
    if (args.length > 0 && !args[0].equals("--help") && !args[0].equals("-h")) {
      err.println("unknown command: " + String.join(" ", args));
    }
    err.println(USAGE_TEXT);
    return USAGE;
  }
}
