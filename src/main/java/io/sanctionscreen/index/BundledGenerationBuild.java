package io.sanctionscreen.index;

import io.sanctionscreen.lists.BundledList;
import io.sanctionscreen.lists.model.ParsedList;
import io.sanctionscreen.matching.NameNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Builds the bundled lists' index generation at build time ({@code process-classes}, see the pom),
 * into {@code target/classes/index-generation}, so that the artifact carries it: the first start on
 * an empty data directory serves from it at once, and the {@code screen} command never builds an
 * index. Version ids are 0 (not imported yet); the manifest names each list's date and content
 * hash, which the service compares with what it imports.
 *
 * <p>Usage: {@code BundledGenerationBuild <output-dir> [source,source,...]}. Skips the build when
 * the output's manifest already names the same content, built by the same code.
 */
public final class BundledGenerationBuild {

  private static final Logger LOG = Logger.getLogger(BundledGenerationBuild.class.getName());

  /** The sources the service bundles by default (ListsConfig#bundled). */
  public static final String DEFAULT_SOURCES =
      "us-ofac-sdn,us-ofac-cons,un-sc,gb-ofsi,us-csl,eu-fsf,gb-fcdo";

  private BundledGenerationBuild() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: BundledGenerationBuild <output-dir> [sources]");
    }
    Path out = Path.of(args[0]);
    List<String> sources = List.of((args.length > 1 ? args[1] : DEFAULT_SOURCES).split(","));
    build(out, sources);
  }

  /** Builds (or keeps, if current) the generation of these bundled sources in {@code out}. */
  public static void build(Path out, List<String> sources) throws IOException {
    long t0 = System.nanoTime();
    Map<String, String> inputs = new LinkedHashMap<>();
    List<ParsedList> lists = new ArrayList<>();
    for (String source : sources) {
      ParsedList parsed = BundledList.load(source).parse();
      lists.add(parsed);
      inputs.put(source, parsed.contentHash());
    }
    GenerationFiles.Manifest existing = GenerationFiles.manifest(out);
    if (existing != null && existing.sameContent(inputs)) {
      LOG.info(() -> "Bundled index generation in " + out + " is current; kept");
      return;
    }
    List<IndexEntry> entries = new ArrayList<>();
    List<IndexGeneration.SourceVersion> versions = new ArrayList<>();
    for (ParsedList parsed : lists) {
      entries.addAll(IndexEntries.of(parsed));
      versions.add(
          new IndexGeneration.SourceVersion(
              parsed.sourceId(), 0, parsed.listDate(), parsed.entries().size()));
    }
    versions.sort(java.util.Comparator.comparing(IndexGeneration.SourceVersion::source));
    Path parent = out.toAbsolutePath().getParent();
    IndexGeneration g = new IndexBuilder(new NameNormalizer(), parent).build(entries, versions);
    GenerationFiles.persist(g, inputs);
    int entryCount = g.entryCount();
    int nameCount = g.nameCount();
    IndexGeneration.deleteQuietly(out);
    // Moved while open (the files stay mapped); the release then finds nothing left to delete.
    Files.move(g.path(), out);
    g.release();
    LOG.info(
        () ->
            "Bundled index generation: "
                + entryCount
                + " entries, "
                + nameCount
                + " names in "
                + out
                + ", "
                + (System.nanoTime() - t0) / 1_000_000
                + " ms");
  }
}
