package io.sanctionscreen.cli;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.sanctionscreen.errors.ServiceException;
import io.sanctionscreen.index.GenerationFiles;
import io.sanctionscreen.index.IndexConfig;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.MatchingBeans;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.screening.DecisionBeans;
import io.sanctionscreen.screening.DecisionsConfig;
import io.sanctionscreen.screening.LimitsConfig;
import io.sanctionscreen.screening.Screener;
import io.sanctionscreen.screening.ScreeningConfig;
import io.sanctionscreen.screening.batch.BatchConfig;
import io.sanctionscreen.screening.batch.BatchInput;
import io.sanctionscreen.screening.batch.BatchRow;
import io.sanctionscreen.screening.batch.BatchScreeningService;
import io.sanctionscreen.screening.batch.BatchWriter;
import io.sanctionscreen.screening.batch.ReportFormat;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The {@code screen} command without the service: no database, no HTTP server, no network, no files
 * but its report. It screens against the index generation of the bundled lists that the build put
 * into the artifact, with the service's matching, thresholds and measures, and names in the report
 * the list versions (list date, content hash) and the measures version it used, and a screening id
 * per row: the report is the record. ({@code --record} runs the service's command instead, which
 * writes an audit record per row to the configured database.)
 */
final class OfflineScreen {

  /** Held so that its level stays set: Hibernate Validator announces itself at INFO. */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  private OfflineScreen() {}

  /** Runs the command; returns its exit code. */
  static int run(String[] args, PrintStream stdout, PrintStream stderr) {
    long t0 = System.nanoTime();
    ScreenCommand.Options o;
    try {
      o = ScreenCommand.Options.parse(args);
    } catch (IllegalArgumentException e) {
      stderr.println("screen: " + e.getMessage());
      stderr.println(ScreenCommand.USAGE_TEXT);
      return ScreenCommand.USAGE;
    }
    if (!Files.isRegularFile(o.input()) || !Files.isReadable(o.input())) {
      stderr.println("screen: cannot read " + o.input());
      return ScreenCommand.USAGE;
    }
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    // Independent start-up work in parallel: the index, the matching code, the validator.
    CompletableFuture<GenerationFiles.Opened> index =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return GenerationFiles.openBundledInMemory();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    CompletableFuture<ValidatorFactory> validation =
        CompletableFuture.supplyAsync(Validation::buildDefaultValidatorFactory);
    try {
      PlainConfig config = new PlainConfig();
      ObjectMapper json = json();
      NameNormalizer normalizer = new NameNormalizer();
      // Warms the normalizer (script transliterators) while the index loads.
      normalizer.normalize("Сбербанк 北京 Ελλάδα");
      NameSearcher searcher = MatchingBeans.newSearcher(config.mapping(IndexConfig.class));
      Screener screener =
          new Screener(
              normalizer,
              searcher,
              DecisionBeans.newDecider(
                  config.mapping(DecisionsConfig.class),
                  config.mapping(ScreeningConfig.class),
                  json),
              config.mapping(LimitsConfig.class).maxNameLength(),
              config.mapping(ScreeningConfig.class).defaultLimit(),
              Clock.systemUTC());
      int maxRows = config.mapping(BatchConfig.class).maxRows();
      GenerationFiles.Opened opened = index.join();
      IndexGeneration generation = opened.generation();
      Screener.Generations generations = new Single(generation);
      Map<String, String> properties = properties(opened.manifest(), screener.measuresVersion());
      Validator validator = validation.join().getValidator();
      long t1 = System.nanoTime();
      BatchWriter.Summary s;
      String abort = null;
      try (InputStream in = Files.newInputStream(o.input());
          OutputStream out =
              o.out() == null
                  ? new NonClosing(stdout)
                  : new BufferedOutputStream(Files.newOutputStream(o.out()))) {
        Iterator<BatchInput.Item> items =
            o.input().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? BatchInput.json(json, in)
                : BatchInput.csv(new InputStreamReader(in, StandardCharsets.UTF_8));
        BatchWriter writer =
            o.format()
                .writer(
                    out,
                    json,
                    o.failOn(),
                    "sanctions-screening " + o.input().getFileName(),
                    properties);
        writer.start();
        s = new BatchWriter.Summary(0, 0, 0, 0, 0);
        int read = 0;
        while (items.hasNext()) {
          BatchInput.Item item = items.next();
          if (++read > maxRows) {
            abort = "the file holds more than " + maxRows + " rows; the rest is not screened";
            break;
          }
          BatchRow row =
              BatchScreeningService.screenRow(
                  item, o.purpose(), validator, r -> screener.screen(r, generations));
          writer.write(row);
          s = s.plus(row);
        }
        writer.finish(s, abort);
        out.flush();
      }
      long t2 = System.nanoTime();
      stderr.printf(
          Locale.ROOT,
          "screen: %d rows: %d BLOCK, %d REVIEW, %d CLEAR, %d errors%s (lists %s; ready in %d ms,"
              + " screened in %d ms)%n",
          s.rows(),
          s.block(),
          s.review(),
          s.clear(),
          s.errors(),
          o.out() == null ? "" : "; report in " + o.out(),
          listDates(opened.manifest()),
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000);
      if (abort != null) {
        stderr.println("screen: stopped: " + abort);
        return ScreenCommand.FAILED;
      }
      boolean fails = s.block() > 0 || (o.failOn() == ReportFormat.FailOn.REVIEW && s.review() > 0);
      return fails ? ScreenCommand.HIT : ScreenCommand.OK;
    } catch (ServiceException e) {
      stderr.println("screen: " + e.getMessage());
      return ScreenCommand.callersFault(e) ? ScreenCommand.USAGE : ScreenCommand.FAILED;
    } catch (IOException | RuntimeException e) {
      // The input was readable: anything else is a failure to run, never a verdict on a row.
      stderr.println("screen: could not run: " + rootMessage(e));
      return ScreenCommand.FAILED;
    } finally {
      validation.thenAccept(ValidatorFactory::close);
    }
  }

  /** What the report states about the run: the lists it screened against, the measures. */
  static Map<String, String> properties(GenerationFiles.Manifest m, String measuresVersion) {
    Map<String, String> p = new LinkedHashMap<>();
    for (IndexGeneration.SourceVersion v : m.versions()) {
      p.put(
          "list." + v.source(),
          String.format(
              Locale.ROOT,
              "%s, list date %s, %d entries, content sha256 %s",
              v.versionId() == 0 ? "bundled snapshot" : "version " + v.versionId(),
              v.listDate(),
              v.entryCount(),
              m.contentHashes().get(v.source())));
    }
    p.put("measuresVersion", measuresVersion);
    p.put("index", "built " + m.builtAt() + ", format " + m.format() + ", code " + m.fingerprint());
    p.put("recorded", "no: this report is the record (screen --record writes to a database)");
    return p;
  }

  private static String listDates(GenerationFiles.Manifest m) {
    StringBuilder b = new StringBuilder();
    for (IndexGeneration.SourceVersion v : m.versions()) {
      b.append(b.length() == 0 ? "" : ", ").append(v.source()).append(' ').append(v.listDate());
    }
    return b.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** A JSON mapper configured as the service's (strict duplicates, unknown fields, ISO dates). */
  static ObjectMapper json() {
    ObjectMapper m = new ObjectMapper();
    m.registerModule(new JavaTimeModule());
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    m.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    return m;
  }

  /** One generation that never changes: the command's. */
  private record Single(IndexGeneration generation) implements Screener.Generations {
    @Override
    public <T> T withGeneration(Function<IndexGeneration, T> work) {
      return work.apply(generation);
    }
  }

  /** Standard output stays open after the report. */
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
