package io.sanctionscreen.lists.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Opening a list's parts as text, and naming files in messages. */
final class Parts {

  private Parts() {}

  /** A part as buffered UTF-8 text, or null if the list has no such part. */
  static Reader reader(ListInput input, String part) throws IOException {
    if (!input.parts().contains(part)) {
      return null;
    }
    return new BufferedReader(
        new InputStreamReader(input.open(part), StandardCharsets.UTF_8), 1 << 16);
  }

  /** The first ten names, comma-separated, and how many there are if more. */
  static String abbreviate(List<String> names) {
    if (names.isEmpty()) {
      return "no file";
    }
    String joined = String.join(", ", names.subList(0, Math.min(names.size(), 10)));
    return names.size() > 10 ? joined + ", ... (" + names.size() + " files)" : joined;
  }
}
