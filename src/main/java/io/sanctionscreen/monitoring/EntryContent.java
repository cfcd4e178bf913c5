package io.sanctionscreen.monitoring;

import io.sanctionscreen.lists.ListEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The part of a list entry a review decision is about: its type, names (with kind and weakness),
 * identifiers and programs. A decision holds while this content is unchanged; addresses and remarks
 * may change under it.
 */
final class EntryContent {

  private EntryContent() {}

  /** A SHA-256 hex hash of the reviewed content, independent of the order of the values. */
  static String hash(ListEntry e) {
    List<String> parts = new ArrayList<>();
    parts.add("type\u0000" + e.type.apiName());
    parts.add("primary\u0000" + e.primaryName);
    for (ListEntry.Name n : e.names) {
      parts.add("name\u0000" + n.name + "\u0000" + n.kind + "\u0000" + n.weak);
    }
    for (ListEntry.Identifier i : e.identifiers) {
      parts.add("id\u0000" + i.type + "\u0000" + i.value);
    }
    for (String p : e.programs) {
      parts.add("program\u0000" + p);
    }
    parts.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(p.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e1) {
      throw new IllegalStateException("SHA-256 is missing from the JVM", e1);
    }
  }
}
