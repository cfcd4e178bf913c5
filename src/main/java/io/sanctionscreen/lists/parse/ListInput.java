package io.sanctionscreen.lists.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The files of one list, by part: {@code main} for a single-file format; {@code main}, {@code alt},
 * {@code add} and {@code comments} for OFAC's CSV set; the files in reading order for
 * FollowTheMoney JSON lines. A part may be opened more than once.
 */
public interface ListInput {

  /** The parts present, in reading order. */
  List<String> parts();

  /**
   * Opens a part, uncompressed.
   *
   * @throws IOException if the part cannot be read
   */
  InputStream open(String part) throws IOException;
}
