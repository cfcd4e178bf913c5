import io.sanctionscreen.index.GenerationFiles;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NameScorer;
import io.sanctionscreen.matching.NormalizedName;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;

/**
 * In-process cost of one screening on the bundled lists' generation of the packaged build: normalize
 * and search (pool as given), one thread, the queries of a labelled file shuffled with a fixed seed,
 * each pass timed in thread CPU time (which other processes on a busy machine inflate far less than
 * wall time). Usage: src/load/cpu.sh [queries] [passes] [pool] [jfr-file].
 */
public class ScreeningCpu {
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[1]);
    int passes = Integer.parseInt(a[2]);
    int pool = a.length > 3 ? Integer.parseInt(a[3]) : 200;
    List<String> lines = Files.readAllLines(Path.of(a[0]));
    List<String> names = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      // query_id,name,... ; names may be quoted
      String rest = l.substring(l.indexOf(',') + 1);
      String name;
      if (rest.startsWith("\"")) { int e = rest.indexOf("\",", 1); name = rest.substring(1, e).replace("\"\"", "\""); }
      else name = rest.substring(0, rest.indexOf(','));
      names.add(name);
    }
    Collections.shuffle(names, new Random(42));
    names = names.subList(0, Math.min(n, names.size()));
    IndexGeneration g = GenerationFiles.openBundledInMemory().generation();
    NameNormalizer norm = new NameNormalizer();
    NameSearcher.Params d = NameSearcher.Params.DEFAULT;
    NameSearcher s = new NameSearcher(new NameScorer(), new NameSearcher.Params(pool, d.typeMismatchFactor(), d.weakAliasFactor()));
    List<NormalizedName> normalized = new ArrayList<>();
    for (String x : names) normalized.add(norm.normalize(x));
    var mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int p = 0; p < passes; p++) {
      long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
      for (NormalizedName q : normalized) {
        sink += s.search(g, new NameSearcher.Request(q, null, 0.5, 10)).size();
      }
      long c1 = mx.getCurrentThreadCpuTime(), w1 = System.nanoTime();
      System.out.printf(Locale.ROOT, "pass %d: %d queries, CPU %.3f ms/query, wall %.3f ms/query (hits %d)%n",
          p, normalized.size(), (c1 - c0) / 1e6 / normalized.size(), (w1 - w0) / 1e6 / normalized.size(), sink);
    }
  }
}
