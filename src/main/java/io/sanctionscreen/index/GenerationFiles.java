package io.sanctionscreen.index;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.matching.CorpusTokenWeights;
import io.sanctionscreen.matching.NormalizedName;
import io.sanctionscreen.matching.PreparedName;
import io.sanctionscreen.matching.TokenFeatures;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * A built index generation kept on disk (or in the application's class path, for the bundled lists)
 * so that a start does not rebuild it: the Lucene files, the entries and the normalized names, and
 * a manifest written last that names the format, the code that built it and the list versions (with
 * their content hashes) it was built from. A generation is reused only while all three still match;
 * anything else is rebuilt.
 */
public final class GenerationFiles {

  /**
   * The version of this layout; a generation of another format is rebuilt. 4: the rows file holds
   * the table of distinct tokens with their features (flags, given-name variant, romanization key,
   * phonetic codes), and each row its tokens as indexes into it.
   */
  public static final int FORMAT = 4;

  /** The manifest, written last: a directory without it is incomplete. */
  public static final String MANIFEST = "manifest.properties";

  static final String ENTRIES = "entries.bin";
  static final String ROWS = "rows.bin";

  /** Where the build puts the bundled lists' generation in the class path. */
  public static final String BUNDLED_RESOURCE = "index-generation";

  /**
   * What a stored generation says about itself.
   *
   * @param format the layout version
   * @param fingerprint the code that built it ({@link #codeFingerprint()})
   * @param versions the list versions it holds
   * @param contentHashes each source's content hash (SHA-256 over its entries)
   * @param files the Lucene files
   * @param builtAt when it was built
   */
  public record Manifest(
      int format,
      String fingerprint,
      List<IndexGeneration.SourceVersion> versions,
      Map<String, String> contentHashes,
      List<String> files,
      Instant builtAt) {

    /** Whether this generation can serve for these versions, built by this code. */
    public boolean matches(List<IndexGeneration.SourceVersion> active, Map<String, String> hashes) {
      if (format != FORMAT || !fingerprint.equals(codeFingerprint())) {
        return false;
      }
      return sameVersions(active) && new TreeMap<>(hashes).equals(new TreeMap<>(contentHashes));
    }

    private boolean sameVersions(List<IndexGeneration.SourceVersion> active) {
      if (active.size() != versions.size()) {
        return false;
      }
      for (int i = 0; i < active.size(); i++) {
        if (!active.get(i).source().equals(versions.get(i).source())
            || active.get(i).versionId() != versions.get(i).versionId()) {
          return false;
        }
      }
      return true;
    }

    /** Whether it holds exactly these sources' contents, whatever their version ids. */
    public boolean sameContent(Map<String, String> hashes) {
      return format == FORMAT
          && fingerprint.equals(codeFingerprint())
          && new TreeMap<>(hashes).equals(new TreeMap<>(contentHashes));
    }
  }

  /** A generation opened from storage, with its manifest. */
  public record Opened(IndexGeneration generation, Manifest manifest) {}

  private GenerationFiles() {}

  /**
   * Writes the entries, names and manifest next to a generation's Lucene files (the generation must
   * have been built into a directory); the manifest last, so a crash leaves no manifest.
   */
  public static Manifest persist(IndexGeneration g, Map<String, String> contentHashes) {
    Path dir = g.path();
    if (dir == null) {
      throw new IllegalArgumentException("the generation is held in memory, not in a directory");
    }
    try {
      List<String> files = new ArrayList<>();
      for (String f : g.directory().listAll()) {
        if (!f.equals(MANIFEST) && !f.equals(ENTRIES) && !f.equals(ROWS) && !f.endsWith(".lock")) {
          files.add(f);
        }
      }
      try (DataOutputStream out = data(Files.newOutputStream(dir.resolve(ENTRIES)))) {
        writeEntries(out, g.entries());
      }
      try (DataOutputStream out = data(Files.newOutputStream(dir.resolve(ROWS)))) {
        writeRows(out, g);
      }
      Manifest m =
          new Manifest(FORMAT, codeFingerprint(), g.versions(), contentHashes, files, g.builtAt());
      writeManifest(dir, m);
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException("storing the index generation failed", e);
    }
  }

  /** Rewrites a stored generation's manifest with new version ids for the same content. */
  public static void relabel(Path dir, List<IndexGeneration.SourceVersion> versions)
      throws IOException {
    Manifest m = manifest(dir);
    if (m == null) {
      throw new IOException("no complete index generation in " + dir);
    }
    writeManifest(
        dir,
        new Manifest(
            m.format(), m.fingerprint(), versions, m.contentHashes(), m.files(), m.builtAt()));
  }

  private static void writeManifest(Path dir, Manifest m) throws IOException {
    Path tmp = dir.resolve(MANIFEST + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      toProperties(m).store(out, "index generation");
    }
    Files.move(
        tmp,
        dir.resolve(MANIFEST),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The manifest of a stored generation, or null if there is none or it cannot be read. */
  public static Manifest manifest(Path dir) {
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readManifest(in);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The manifest of the bundled lists' generation in the class path, or null if not built. */
  public static Manifest bundledManifest() {
    try (InputStream in = resource(MANIFEST)) {
      return in == null ? null : readManifest(in);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Opens a stored generation, memory-mapped; it serves with the given versions. */
  public static IndexGeneration open(Path dir, List<IndexGeneration.SourceVersion> versions)
      throws IOException {
    Manifest m = manifest(dir);
    if (m == null) {
      throw new IOException("no complete index generation in " + dir);
    }
    Directory d = new MMapDirectory(dir);
    try {
      return load(
          d,
          dir,
          versions,
          m.builtAt(),
          () -> Files.readAllBytes(dir.resolve(ENTRIES)),
          () -> Files.readAllBytes(dir.resolve(ROWS)));
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  /**
   * Opens the bundled lists' generation from the class path into memory (the command line: it
   * writes nothing to disk).
   */
  public static Opened openBundledInMemory() throws IOException {
    Manifest m = bundledManifest();
    if (m == null) {
      throw new IOException("this build carries no index generation of the bundled lists");
    }
    // One buffer per file: a search then slices one buffer, not a list of small blocks.
    ByteBuffersDirectory d =
        new ByteBuffersDirectory(
            new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new,
            ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    byte[] buf = new byte[1 << 16];
    for (String f : m.files()) {
      try (InputStream in = resource(f);
          IndexOutput out = d.createOutput(f, IOContext.DEFAULT)) {
        if (in == null) {
          throw new IOException("bundled index generation lacks " + f);
        }
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
          out.writeBytes(buf, 0, n);
        }
      }
    }
    IndexGeneration g =
        load(
            d,
            null,
            m.versions(),
            m.builtAt(),
            () -> resourceBytes(ENTRIES),
            () -> resourceBytes(ROWS));
    return new Opened(g, m);
  }

  /**
   * Copies the bundled lists' generation from the class path into a new directory under {@code
   * parent}, where the service can memory-map and keep it.
   *
   * @return the directory, holding a complete generation
   */
  public static Path extractBundled(Path parent) throws IOException {
    Manifest m = bundledManifest();
    if (m == null) {
      throw new IOException("this build carries no index generation of the bundled lists");
    }
    Files.createDirectories(parent);
    Path dir = Files.createTempDirectory(parent, "generation-");
    List<String> all = new ArrayList<>(m.files());
    all.add(ENTRIES);
    all.add(ROWS);
    all.add(MANIFEST);
    for (String f : all) {
      try (InputStream in = resource(f)) {
        if (in == null) {
          throw new IOException("bundled index generation lacks " + f);
        }
        Files.copy(in, dir.resolve(f));
      }
    }
    return dir;
  }

  /** The bytes of a stored file, read whole: one read, then decoded from memory. */
  @FunctionalInterface
  private interface FileBytes {
    byte[] read() throws IOException;
  }

  private static IndexGeneration load(
      Directory d,
      Path path,
      List<IndexGeneration.SourceVersion> versions,
      Instant builtAt,
      FileBytes entriesFile,
      FileBytes rowsFile)
      throws IOException {
    long start = System.nanoTime();
    // The entries and the names are independent: read them on two cores.
    CompletableFuture<Map<String, IndexEntry>> entriesRead =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return readEntries(new Cursor(entriesFile.read()));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            GenerationFiles::onOwnThread);
    StoredRows stored = readRows(new Cursor(rowsFile.read()));
    DirectoryReader reader = DirectoryReader.open(d);
    Map<String, IndexEntry> entries;
    try {
      entries = entriesRead.join();
    } catch (CompletionException e) {
      reader.close();
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
    return new IndexGeneration(
        d,
        path,
        reader,
        stored.rows(),
        entries,
        stored.weights(),
        versions,
        builtAt,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Runs a task on a thread of its own (the common pool may have no thread to spare). */
  private static void onOwnThread(Runnable task) {
    Thread t = new Thread(task, "index-entries-read");
    t.setDaemon(true);
    t.start();
  }

  // --- entries and rows ---------------------------------------------------------------------

  private static void writeEntries(DataOutputStream out, Map<String, IndexEntry> entries)
      throws IOException {
    out.writeInt(FORMAT);
    out.writeInt(entries.size());
    for (IndexEntry e : entries.values()) {
      str(out, e.entityId());
      str(out, e.source());
      str(out, e.type() == null ? null : e.type().name());
      str(out, e.primaryName());
      strings(out, e.programs());
      out.writeInt(e.names().size());
      for (IndexEntry.Name n : e.names()) {
        str(out, n.name());
        str(out, n.kind() == null ? null : n.kind().name());
        out.writeBoolean(n.weak());
      }
      strings(out, e.birthDates());
      strings(out, e.countries());
      out.writeInt(e.identifiers().size());
      for (IndexEntry.Identifier i : e.identifiers()) {
        str(out, i.type());
        str(out, i.value());
        str(out, i.country());
      }
      out.writeInt(e.programDates().size());
      for (Map.Entry<String, String> d : e.programDates().entrySet()) {
        str(out, d.getKey());
        str(out, d.getValue());
      }
      strings(out, e.designations());
    }
  }

  private static Map<String, IndexEntry> readEntries(Cursor in) throws IOException {
    checkFormat(in.readInt());
    int n = in.readInt();
    Map<String, IndexEntry> out = new LinkedHashMap<>(n * 2);
    Map<String, String> pool = new HashMap<>();
    for (int k = 0; k < n; k++) {
      String entityId = str(in);
      String source = pool(pool, str(in));
      String type = str(in);
      String primary = str(in);
      List<String> programs = strings(in, pool);
      int names = in.readInt();
      List<IndexEntry.Name> nameList = new ArrayList<>(names);
      for (int j = 0; j < names; j++) {
        String name = str(in);
        String kind = str(in);
        nameList.add(
            new IndexEntry.Name(
                name, kind == null ? null : NameKind.valueOf(kind), in.readBoolean()));
      }
      List<String> birthDates = strings(in, pool);
      List<String> countries = strings(in, pool);
      int ids = in.readInt();
      List<IndexEntry.Identifier> identifiers = new ArrayList<>(ids);
      for (int j = 0; j < ids; j++) {
        identifiers.add(new IndexEntry.Identifier(pool(pool, str(in)), str(in), str(in)));
      }
      int dates = in.readInt();
      Map<String, String> programDates = new LinkedHashMap<>();
      for (int j = 0; j < dates; j++) {
        programDates.put(pool(pool, str(in)), str(in));
      }
      List<String> designations = strings(in, pool);
      out.put(
          entityId,
          new IndexEntry(
              entityId,
              source,
              type == null ? null : EntryType.valueOf(type),
              primary,
              programs,
              nameList,
              birthDates,
              countries,
              identifiers,
              programDates,
              designations));
    }
    return out;
  }

  private static void writeRows(DataOutputStream out, IndexGeneration g) throws IOException {
    out.writeInt(FORMAT);
    // The distinct tokens with what the scorer asks of them, worked out once at the build.
    Map<String, Integer> ids = new HashMap<>();
    List<TokenFeatures> table = new ArrayList<>();
    for (int r = 0; r < g.rowCount(); r++) {
      for (String t : g.row(r).normalized().tokens()) {
        if (ids.putIfAbsent(t, table.size()) == null) {
          table.add(g.features(t));
        }
      }
    }
    out.writeInt(table.size());
    for (TokenFeatures f : table) {
      str(out, f.text());
      out.writeInt(f.flags());
      str(out, f.variant());
      str(out, f.key());
      str(out, f.phonetic());
      str(out, f.alternate());
    }
    int n = g.rowCount();
    out.writeInt(n);
    for (int r = 0; r < n; r++) {
      IndexGeneration.NameRow row = g.row(r);
      str(out, row.entityId());
      out.writeInt(row.ordinal());
      str(out, row.normalized().original());
      List<String> tokens = row.normalized().tokens();
      out.writeInt(tokens.size());
      for (String t : tokens) {
        out.writeInt(ids.get(t));
      }
    }
    // What the token weights are computed with besides the rows: place words and common names.
    strings(out, g.weights().places().stream().sorted().toList());
    strings(out, g.weights().commonNames().stream().sorted().toList());
  }

  /**
   * The stored name rows, weighed and prepared for the scorer, and the corpus token weights (from
   * the rows' document frequencies, the place words and the common names).
   */
  private record StoredRows(IndexGeneration.NameRow[] rows, CorpusTokenWeights weights) {}

  /**
   * Reads the rows and weighs them as {@link IndexBuilder} does a new build, but by token number:
   * the document frequencies, weights and features are looked up in arrays, once per distinct
   * token.
   */
  private static StoredRows readRows(Cursor in) throws IOException {
    checkFormat(in.readInt());
    int tokens = in.readInt();
    String[] text = new String[tokens];
    TokenFeatures[] features = new TokenFeatures[tokens];
    for (int k = 0; k < tokens; k++) {
      String t = in.str();
      int flags = in.readInt();
      String variant = in.str();
      String key = in.str();
      String phonetic = in.str();
      String alternate = in.str();
      text[k] = t;
      features[k] = TokenFeatures.stored(t, flags, variant, key, phonetic, alternate);
    }
    int n = in.readInt();
    String[] entityIds = new String[n];
    int[] ordinals = new int[n];
    String[] originals = new String[n];
    int[][] rowTokens = new int[n][];
    int[] df = new int[tokens];
    int[] lastRow = new int[tokens];
    Arrays.fill(lastRow, -1);
    String lastEntity = null;
    for (int r = 0; r < n; r++) {
      String entityId = in.str();
      if (entityId.equals(lastEntity)) {
        entityId = lastEntity;
      }
      lastEntity = entityId;
      entityIds[r] = entityId;
      ordinals[r] = in.readInt();
      originals[r] = in.str();
      int count = in.readInt();
      int[] ids = new int[count];
      for (int k = 0; k < count; k++) {
        int id = in.readInt();
        if (id < 0 || id >= tokens) {
          throw new IOException("index generation rows name token " + id + " of " + tokens);
        }
        ids[k] = id;
        // Document frequency: names the token occurs in, once per name.
        if (lastRow[id] != r) {
          lastRow[id] = r;
          df[id]++;
        }
      }
      rowTokens[r] = ids;
    }
    Map<String, String> pool = new HashMap<>();
    Set<String> places = new HashSet<>(strings(in, pool));
    Set<String> commonNames = new HashSet<>(strings(in, pool));
    Map<String, Integer> frequency = new HashMap<>(tokens * 2);
    for (int k = 0; k < tokens; k++) {
      if (df[k] > 0) {
        frequency.put(text[k], df[k]);
      }
    }
    CorpusTokenWeights weights = new CorpusTokenWeights(frequency, n, places, commonNames);
    double[] weightOf = new double[tokens];
    for (int k = 0; k < tokens; k++) {
      weightOf[k] = weights.weight(text[k]);
    }
    IndexGeneration.NameRow[] rows = new IndexGeneration.NameRow[n];
    for (int r = 0; r < n; r++) {
      int[] ids = rowTokens[r];
      String[] t = new String[ids.length];
      double[] w = new double[ids.length];
      TokenFeatures[] f = new TokenFeatures[ids.length];
      for (int k = 0; k < ids.length; k++) {
        t[k] = text[ids[k]];
        w[k] = weightOf[ids[k]];
        f[k] = features[ids[k]];
      }
      NormalizedName name = new NormalizedName(originals[r], Arrays.asList(t));
      rows[r] =
          new IndexGeneration.NameRow(
              entityIds[r], ordinals[r], name, w, PreparedName.of(name, w, f));
    }
    return new StoredRows(rows, weights);
  }

  private static void checkFormat(int format) throws IOException {
    if (format != FORMAT) {
      throw new IOException("index generation format " + format + ", expected " + FORMAT);
    }
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(Cursor in) throws IOException {
    return in.str();
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(out, s);
    }
  }

  private static List<String> strings(Cursor in, Map<String, String> pool) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(pool(pool, str(in)));
    }
    return out;
  }

  private static String pool(Map<String, String> pool, String s) {
    return s == null ? null : pool.computeIfAbsent(s, k -> k);
  }

  private static DataOutputStream data(OutputStream out) {
    return new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
  }

  /**
   * Reads what {@link DataOutputStream} wrote (big-endian ints, one-byte booleans, and {@link
   * #str(DataOutputStream, String)}'s strings) from a file held whole in memory.
   */
  private static final class Cursor {
    private final byte[] b;
    private int p;

    Cursor(byte[] b) {
      this.b = b;
    }

    private void need(int n) throws IOException {
      if (n > b.length - p) {
        throw new IOException("index generation file cut short");
      }
    }

    int readInt() throws IOException {
      need(4);
      int v =
          (b[p] & 0xff) << 24
              | (b[p + 1] & 0xff) << 16
              | (b[p + 2] & 0xff) << 8
              | (b[p + 3] & 0xff);
      p += 4;
      return v;
    }

    boolean readBoolean() throws IOException {
      need(1);
      return b[p++] != 0;
    }

    String str() throws IOException {
      int n = readInt();
      if (n < 0) {
        return null;
      }
      need(n);
      String s = new String(b, p, n, StandardCharsets.UTF_8);
      p += n;
      return s;
    }
  }

  // --- manifest ---------------------------------------------------------------------------

  private static Properties toProperties(Manifest m) {
    Properties p = new Properties();
    p.setProperty("format", Integer.toString(m.format()));
    p.setProperty("fingerprint", m.fingerprint());
    p.setProperty("builtAt", m.builtAt().toString());
    p.setProperty("files", String.join(",", m.files()));
    List<String> sources = new ArrayList<>();
    for (IndexGeneration.SourceVersion v : m.versions()) {
      sources.add(v.source());
      String k = "source." + v.source() + ".";
      p.setProperty(k + "version", Long.toString(v.versionId()));
      p.setProperty(k + "listDate", v.listDate() == null ? "" : v.listDate().toString());
      p.setProperty(k + "entries", Integer.toString(v.entryCount()));
      p.setProperty(k + "contentHash", m.contentHashes().getOrDefault(v.source(), ""));
    }
    p.setProperty("sources", String.join(",", sources));
    return p;
  }

  private static Manifest readManifest(InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    List<IndexGeneration.SourceVersion> versions = new ArrayList<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    String sources = p.getProperty("sources", "");
    for (String s : sources.isEmpty() ? new String[0] : sources.split(",")) {
      String k = "source." + s + ".";
      String date = p.getProperty(k + "listDate", "");
      versions.add(
          new IndexGeneration.SourceVersion(
              s,
              Long.parseLong(p.getProperty(k + "version")),
              date.isEmpty() ? null : LocalDate.parse(date),
              Integer.parseInt(p.getProperty(k + "entries"))));
      hashes.put(s, p.getProperty(k + "contentHash", ""));
    }
    String files = p.getProperty("files", "");
    return new Manifest(
        Integer.parseInt(p.getProperty("format")),
        p.getProperty("fingerprint", ""),
        versions,
        hashes,
        files.isEmpty() ? List.of() : Arrays.asList(files.split(",")),
        Instant.parse(p.getProperty("builtAt")));
  }

  private static byte[] resourceBytes(String file) throws IOException {
    try (InputStream in = resource(file)) {
      if (in == null) {
        throw new IOException("index generation file missing: " + file);
      }
      return in.readAllBytes();
    }
  }

  private static InputStream resource(String file) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    if (cl == null) {
      cl = GenerationFiles.class.getClassLoader();
    }
    return cl.getResourceAsStream(BUNDLED_RESOURCE + "/" + file);
  }

  // --- the code that builds generations ---------------------------------------------------------

  /**
   * The classes whose behaviour decides what a generation holds: the normalizer, the fields and
   * their analyzers, and this layout. A change to any of them changes the fingerprint, so a stored
   * generation built by other code is rebuilt.
   */
  private static final List<String> BUILDING_CLASSES =
      List.of(
          "io.sanctionscreen.index.GenerationFiles",
          "io.sanctionscreen.index.IndexBuilder",
          "io.sanctionscreen.index.IndexFields",
          "io.sanctionscreen.index.IndexEntries",
          "io.sanctionscreen.index.IndexEntry",
          "io.sanctionscreen.index.DeletionVariantsFilter",
          "io.sanctionscreen.index.Designations",
          "io.sanctionscreen.matching.NameNormalizer",
          "io.sanctionscreen.matching.NormalizedName",
          "io.sanctionscreen.matching.TokenFeatures",
          "io.sanctionscreen.matching.TokenSimilarity",
          "io.sanctionscreen.matching.ScriptTransliterator",
          "io.sanctionscreen.matching.Vocabulary",
          "io.sanctionscreen.matching.Countries",
          "io.sanctionscreen.matching.Confusables",
          "io.sanctionscreen.matching.Romanization",
          "io.sanctionscreen.matching.CorpusTokenWeights");

  private static volatile String fingerprint;

  /** A hash over the generation-building classes and the Lucene and ICU versions. */
  public static String codeFingerprint() {
    String f = fingerprint;
    if (f != null) {
      return f;
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(org.apache.lucene.util.Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
      md.update(
          com.ibm.icu.util.VersionInfo.ICU_VERSION.toString().getBytes(StandardCharsets.UTF_8));
      ClassLoader cl = GenerationFiles.class.getClassLoader();
      for (String c : BUILDING_CLASSES) {
        try (InputStream in = cl.getResourceAsStream(c.replace('.', '/') + ".class")) {
          if (in != null) {
            md.update(in.readAllBytes());
          }
        }
      }
      f = HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fingerprint = f;
    return f;
  }
}
