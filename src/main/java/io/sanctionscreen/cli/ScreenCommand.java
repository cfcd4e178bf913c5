package io.sanctionscreen.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.QuarkusApplication;
import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.errors.RejectedContentException;
import io.sanctionscreen.errors.ServiceException;
import io.sanctionscreen.errors.TooLargeException;
import io.sanctionscreen.screening.Channel;
import io.sanctionscreen.screening.Purpose;
import io.sanctionscreen.screening.batch.BatchInput;
import io.sanctionscreen.screening.batch.BatchScreeningService;
import io.sanctionscreen.screening.batch.BatchWriter;
import io.sanctionscreen.screening.batch.ReportFormat;
import io.sanctionscreen.web.SuppressForbidden;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * {@code screen <deal-list.csv|.json> --record [--purpose P] [--format junit|csv|json] [--out FILE]
 * [--fail-on block|review] [--caller NAME]}: the command with the service behind it (no HTTP
 * server): screens every row against the lists in the configured database, records each screening
 * (channel CLI), writes a report; exits 0 when no row fails, 1 when a row is BLOCK (or REVIEW, with
 * {@code --fail-on review}), 2 for bad usage or an unreadable file, 3 when screening could not run
 * or stopped (audit trail unavailable). Without {@code --record}, {@link OfflineScreen} runs the
 * same screening with no database at all.
 */
public class ScreenCommand implements QuarkusApplication {

  /** The command's name, the first argument. */
  public static final String NAME = "screen";

  /** Exit code: no row fails. */
  public static final int OK = 0;

  /** Exit code: at least one row is BLOCK (or REVIEW with --fail-on review). */
  public static final int HIT = 1;

  /** Exit code: bad usage or an unreadable input file. */
  public static final int USAGE = 2;

  /** Exit code: screening could not run, or stopped before the end. */
  public static final int FAILED = 3;

  static final String USAGE_TEXT =
      "usage: screen <deal-list.csv|deal-list.json>"
          + " [--purpose INVESTMENT|DIVESTMENT|IPO|PAYMENT|ONBOARDING|EXPORT]"
          + " [--format junit|csv|json] [--out FILE] [--fail-on block|review]"
          + " [--record [--caller NAME]]";

  @Inject BatchScreeningService batches;
  @Inject ObjectMapper json;

  @Override
  @SuppressForbidden(reason = "a command writes its report and messages to standard streams")
  public int run(String... args) {
    return run(args, System.out, System.err);
  }

  int run(String[] args, PrintStream stdout, PrintStream stderr) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      stderr.println("screen: " + e.getMessage());
      stderr.println(USAGE_TEXT);
      return USAGE;
    }
    if (!Files.isReadable(o.input())) {
      stderr.println("screen: cannot read " + o.input());
      return USAGE;
    }
    try {
      batches.checkAvailable();
    } catch (ServiceException e) {
      stderr.println("screen: " + e.getMessage());
      return FAILED;
    }
    try (InputStream in = Files.newInputStream(o.input());
        OutputStream out =
            o.out() == null
                ? new NonClosing(stdout)
                : new BufferedOutputStream(Files.newOutputStream(o.out()))) {
      Iterator<BatchInput.Item> items;
      if (o.input().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        items = BatchInput.json(json, in);
      } else {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        items = BatchInput.csv(reader);
      }
      BatchWriter writer =
          o.format()
              .writer(out, json, o.failOn(), "sanctions-screening " + o.input().getFileName());
      BatchScreeningService.Result result =
          batches.run(items, o.purpose(), o.caller(), Channel.CLI, writer);
      BatchWriter.Summary s = result.summary();
      out.flush();
      stderr.printf(
          Locale.ROOT,
          "screen: %d rows: %d BLOCK, %d REVIEW, %d CLEAR, %d errors%s%n",
          s.rows(),
          s.block(),
          s.review(),
          s.clear(),
          s.errors(),
          o.out() == null ? "" : "; report in " + o.out());
      if (result.abort() != null) {
        stderr.println("screen: stopped: " + result.abort());
        return FAILED;
      }
      boolean fails = s.block() > 0 || (o.failOn() == ReportFormat.FailOn.REVIEW && s.review() > 0);
      return fails ? HIT : OK;
    } catch (ServiceException e) {
      stderr.println("screen: " + e.getMessage());
      return callersFault(e) ? USAGE : FAILED;
    } catch (IOException e) {
      stderr.println("screen: " + e.getMessage());
      return FAILED;
    }
  }

  /**
   * Whether the input is at fault (a usage error the user can fix), rather than the service (the
   * lists not loaded, a dependency away, its configuration).
   */
  static boolean callersFault(ServiceException e) {
    return e instanceof InvalidInputException
        || e instanceof NotFoundException
        || e instanceof ConflictException
        || e instanceof RejectedContentException
        || e instanceof TooLargeException;
  }

  /** The parsed command line. */
  record Options(
      Path input,
      Purpose purpose,
      ReportFormat format,
      Path out,
      ReportFormat.FailOn failOn,
      String caller,
      boolean record) {

    static Options parse(String[] args) {
      if (args.length < 2 || !args[0].equals(NAME)) {
        throw new IllegalArgumentException("a deal-list file is required");
      }
      Path input = null;
      Purpose purpose = null;
      ReportFormat format = ReportFormat.JUNIT;
      Path out = null;
      ReportFormat.FailOn failOn = ReportFormat.FailOn.BLOCK;
      String caller = "cli:" + System.getProperty("user.name", "unknown");
      boolean record = false;
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--record")) {
          record = true;
          continue;
        }
        if (a.equals("--help") || a.equals("-h")) {
          throw new IllegalArgumentException("the command line is:");
        }
        if (a.startsWith("-") && !a.startsWith("--")) {
          throw new IllegalArgumentException("unknown option " + a);
        }
        if (!a.startsWith("--")) {
          if (input != null) {
            throw new IllegalArgumentException(
                "one deal-list file only, got " + input + " and " + a);
          }
          input = Path.of(a);
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--purpose" -> {
            try {
              purpose = Purpose.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("unknown purpose " + v);
            }
          }
          case "--format" -> {
            format = ReportFormat.of(v);
            if (format == null) {
              throw new IllegalArgumentException("unknown format " + v + "; junit, csv or json");
            }
          }
          case "--out" -> out = Path.of(v);
          case "--fail-on" -> {
            failOn = ReportFormat.FailOn.of(v);
            if (failOn == null) {
              throw new IllegalArgumentException("--fail-on takes block or review, not " + v);
            }
          }
          case "--caller" -> caller = v;
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (input == null) {
        throw new IllegalArgumentException("a deal-list file is required");
      }
      if (out != null
          && out.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
        throw new IllegalArgumentException("--out would overwrite the deal list " + input);
      }
      return new Options(input, purpose, format, out, failOn, caller, record);
    }
  }

  /** Standard output stays open after the report: Quarkus and the JVM still write to it. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
