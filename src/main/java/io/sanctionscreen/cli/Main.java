package io.sanctionscreen.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.sanctionscreen.evaluation.EvaluateCommand;
import io.sanctionscreen.web.SuppressForbidden;
import java.io.IOException;
import java.util.Arrays;

/**
 * The entry point: with no arguments the service runs; {@code screen <file>} runs the same
 * screening in-process on a deal-list file, writes a report and exits with a code CI can act on
 * (see {@link ScreenCommand}); {@code evaluate <labelled.csv>} measures the matching on a labelled
 * query file (see {@link EvaluateCommand}).
 */
@QuarkusMain
public class Main {

  private Main() {}

  /** Starts the service or a command. */
  @SuppressForbidden(reason = "a command prints its report to standard output")
  public static void main(String... args) throws IOException {
    if (args.length > 0 && args[0].equals("evaluate")) {
      // Plain Java: the index is built from the bundled lists in memory, no database or server.
      System.exit(
          EvaluateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
    }
    if (args.length > 0 && args[0].equals(ScreenCommand.NAME)) {
      // A command needs no HTTP port, keeps standard output for its report, and screens only
      // once the lists are loaded. Set before Quarkus reads its configuration.
      System.setProperty("quarkus.http.host-enabled", "false");
      System.setProperty("quarkus.log.console.stderr", "true");
      System.setProperty("quarkus.banner.enabled", "false");
      System.setProperty("screening.lists.load-in-background", "false");
      Quarkus.run(ScreenCommand.class, args);
    } else {
      Quarkus.run(args);
    }
  }
}
