package io.sanctionscreen.bench;

import io.sanctionscreen.evaluation.LabelledQuery;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NormalizedName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Normalization of one name, by script: Latin names (the Latin-script queries of the committed
 * sample), Cyrillic and Han names (fixed names plus the sample's queries in that script), which go
 * through ICU transliteration.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class NormalizationBenchmark {

  private static final List<String> CYRILLIC =
      List.of(
          "Владимир Владимирович Путин",
          "Игорь Иванович Сечин",
          "Алишер Бурханович Усманов",
          "ТИМЧЕНКО, Геннадий Николаевич",
          "Виктор Фёдорович Янукович",
          "Общество с ограниченной ответственностью «Газпром нефть»",
          "ПАО «Сбербанк России»",
          "Акционерное общество «Концерн Калашников»",
          "ООО Трансойл",
          "Объединённая судостроительная корпорация",
          "Банк ВТБ (публичное акционерное общество)",
          "Рособоронэкспорт");

  private static final List<String> HAN =
      List.of(
          "北京商汤科技开发有限公司",
          "商汤集团有限公司",
          "华为技术有限公司",
          "中国航天科工集团有限公司",
          "杭州海康威视数字技术股份有限公司",
          "中芯国际集成电路制造有限公司",
          "深圳市大疆创新科技有限公司",
          "中国船舶重工集团公司",
          "习近平",
          "王毅",
          "李尚福",
          "孟晚舟");

  /** Which script the names are in. */
  @Param({"latin", "cyrillic", "han"})
  public String script;

  private NameNormalizer normalizer;
  private String[] names;

  /** The position of the next name. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int next(int size) {
      int i = next;
      next = i + 1 == size ? 0 : i + 1;
      return i;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    normalizer = new NameNormalizer();
    List<String> chosen = new ArrayList<>();
    Character.UnicodeScript wanted =
        switch (script) {
          case "latin" -> Character.UnicodeScript.LATIN;
          case "cyrillic" -> Character.UnicodeScript.CYRILLIC;
          case "han" -> Character.UnicodeScript.HAN;
          default -> throw new IllegalArgumentException("unknown script " + script);
        };
    if (wanted == Character.UnicodeScript.CYRILLIC) {
      chosen.addAll(CYRILLIC);
    } else if (wanted == Character.UnicodeScript.HAN) {
      chosen.addAll(HAN);
    }
    for (LabelledQuery q : BenchmarkData.queries()) {
      if (scriptOf(q.name()) == wanted) {
        chosen.add(q.name());
      }
    }
    names = chosen.toArray(new String[0]);
  }

  /** The one script of a name's letters, or null when they mix scripts. */
  private static Character.UnicodeScript scriptOf(String name) {
    Character.UnicodeScript found = null;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (found != null && s != found) {
        return null;
      }
      found = s;
    }
    return found;
  }

  @Benchmark
  public NormalizedName normalize(Cursor cursor) {
    return normalizer.normalize(names[cursor.next(names.length)]);
  }
}
