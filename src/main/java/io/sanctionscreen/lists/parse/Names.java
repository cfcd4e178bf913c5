package io.sanctionscreen.lists.parse;

import java.lang.Character.UnicodeScript;
import java.util.StringJoiner;

/** Helpers for assembling names from parts and telling Latin from other scripts. */
final class Names {

  private Names() {}

  /** The non-blank parts joined by single spaces, or null when all are blank. */
  static String join(String... parts) {
    StringJoiner j = new StringJoiner(" ");
    for (String p : parts) {
      String c = EntryBuilder.clean(p);
      if (c != null) {
        j.add(c);
      }
    }
    return j.length() == 0 ? null : j.toString();
  }

  /** "LAST, First" as OFAC writes individuals, or the last name alone for entities. */
  static String lastFirst(String last, String first) {
    String l = EntryBuilder.clean(last);
    String f = EntryBuilder.clean(first);
    if (l == null) {
      return f;
    }
    return f == null ? l : l + ", " + f;
  }

  /**
   * True when every letter of the text is Latin (digits, punctuation and marks are neutral): such a
   * name is matched as is; any other script makes it an original-script name.
   */
  static boolean isLatin(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        UnicodeScript s = UnicodeScript.of(cp);
        if (s != UnicodeScript.LATIN && s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
          return false;
        }
      }
    }
    return true;
  }
}
