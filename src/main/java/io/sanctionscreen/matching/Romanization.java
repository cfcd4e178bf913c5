package io.sanctionscreen.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A romanization key: one spelling for the ways transcription conventions write the same sounds, so
 * that names romanized by different systems meet. English, French, German and Russian (BGN/PCGN)
 * transcriptions of Arabic, Persian, Russian, Korean and Chinese names differ in a few systematic
 * places; the key writes each of them one way:
 *
 * <ul>
 *   <li>{@code dzh}, {@code dj}, {@code zh} are {@code j} (Джамал, Djamal, Jamal; Zhang, Jang);
 *   <li>{@code kh} is {@code h}, {@code gh} is {@code g} (Khasan/Hasan, Ghasem/Gasem);
 *   <li>{@code x}, {@code ks} and a word-initial {@code eks} are {@code ks} (Xiang, Ксианг,
 *       Ексианг);
 *   <li>{@code c} before anything but {@code h}, {@code ck}, {@code q} are {@code k}
 *       (Contreras/Kontreras, Qasim/Kasim); {@code ph} is {@code f};
 *   <li>{@code w} is {@code v}, {@code y} is {@code i}, {@code ou} and {@code oo} are {@code u}; a
 *       {@code y} between vowels and a word-initial {@code y} before {@code e} (the Russian
 *       transcription of е: Yebrahim, Vayel) are dropped;
 *   <li>doubled letters are single (Mohammad/Mohamad).
 * </ul>
 *
 * <p>Two tokens with the same key are written differently but say the same; the scorer counts them
 * a little below an exact match. Instances are not needed: the key is a pure function, cached.
 */
public final class Romanization {

  private static final Pattern VOWEL_Y_VOWEL = Pattern.compile("(?<=[aeiou])y(?=[aeiou])");

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private static final int MAX_CACHED = 500_000;

  private Romanization() {}

  /** The romanization key of a normalized token (lower-case ASCII); digits leave it as it is. */
  public static String key(String token) {
    String cached = CACHE.get(token);
    if (cached != null) {
      return cached;
    }
    String k = compute(token);
    if (CACHE.size() < MAX_CACHED) {
      CACHE.put(token, k);
    }
    return k;
  }

  private static String compute(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z') {
        return token;
      }
    }
    String s = token;
    if (s.startsWith("eks") && s.length() > 4) {
      s = s.substring(1);
    }
    if (s.startsWith("ye") && s.length() > 3) {
      s = s.substring(1);
    }
    s = VOWEL_Y_VOWEL.matcher(s).replaceAll("");
    s = s.replace("dzh", "j").replace("dj", "j").replace("zh", "j");
    s = s.replace("tch", "ch").replace("kh", "h").replace("gh", "g").replace("ph", "f");
    s = s.replace("ck", "k").replace('x', '\u0001').replace("ks", "\u0001");
    StringBuilder b = new StringBuilder(s.length() + 2);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u0001' -> b.append("ks");
        case 'c' -> b.append(i + 1 < s.length() && s.charAt(i + 1) == 'h' ? 'c' : 'k');
        case 'q' -> b.append('k');
        case 'w' -> b.append('v');
        case 'y' -> b.append('i');
        default -> b.append(c);
      }
    }
    String t = b.toString().replace("ou", "u").replace("oo", "u");
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
