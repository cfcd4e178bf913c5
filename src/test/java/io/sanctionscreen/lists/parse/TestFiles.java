package io.sanctionscreen.lists.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Opens test list files from the classpath, gunzipping {@code .gz} files. */
final class TestFiles {

  private TestFiles() {}

  static InputStream open(String path) {
    InputStream in = TestFiles.class.getResourceAsStream("/lists/" + path);
    if (in == null) {
      throw new IllegalArgumentException("no test file lists/" + path);
    }
    try {
      return path.endsWith(".gz") ? new GZIPInputStream(in, 64 * 1024) : in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Reader reader(String path) {
    return new InputStreamReader(open(path), StandardCharsets.UTF_8);
  }
}
