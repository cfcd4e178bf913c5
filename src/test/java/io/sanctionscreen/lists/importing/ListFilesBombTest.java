package io.sanctionscreen.lists.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.lists.parse.ListFormat;
import io.sanctionscreen.lists.parse.ListFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compressed files as the importer holds them ({@link ListFiles}): a ZIP whose sdn.csv is one huge
 * field, and a gzip file that unpacks to far more than its size allows. Both are written to disk
 * compressed as they are generated, so the test holds neither whole.
 */
class ListFilesBombTest {

  @TempDir Path dir;

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aZipWithAHugeSdnCsvIsRefusedByTheFieldLimit() throws IOException {
    Path zip = dir.resolve("ofac.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("sdn.csv"));
      z.write("36216,\"".getBytes(StandardCharsets.US_ASCII));
      fill(z, 'A', 64L * 1024 * 1024);
      z.closeEntry();
    }
    assertThat(Files.size(zip)).isLessThan(1024 * 1024);

    try (ListFiles files = ListFiles.of(ListFormat.OFAC_CSV, Map.of(ListFormat.MAIN, zip))) {
      assertThatThrownBy(
              () -> ListFormat.OFAC_CSV.read("us-ofac-sdn", LocalDate.of(2026, 1, 1), files))
          .isInstanceOf(ListFormatException.class)
          .hasMessageContaining("a CSV field on line 1 is longer than the limit of 1048576");
    }
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aGzipFileUnpacksToAHundredTimesItsSizeAtMost() throws IOException {
    Path gz = dir.resolve("list.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      fill(out, '\n', 80L * 1024 * 1024);
    }
    long packed = Files.size(gz);

    try (ListFiles files = ListFiles.of(ListFormat.OFAC_CSV, Map.of(ListFormat.MAIN, gz));
        InputStream in = files.open(ListFormat.MAIN)) {
      assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
          .isInstanceOf(ListFormatException.class)
          .hasMessage(
              "the file unpacks to more than 67108864 bytes (100 times its compressed size of "
                  + packed
                  + " bytes): refused as a compression bomb");
    }
  }

  @Test
  void aPlainFileIsReadWhole() throws IOException {
    Path plain = dir.resolve("list.csv");
    try (OutputStream out = Files.newOutputStream(plain)) {
      fill(out, 'x', 70L * 1024 * 1024);
    }
    try (ListFiles files = ListFiles.of(ListFormat.OFAC_CSV, Map.of(ListFormat.MAIN, plain));
        InputStream in = files.open(ListFormat.MAIN)) {
      assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(70L * 1024 * 1024);
    }
  }

  private static void fill(OutputStream out, char c, long bytes) throws IOException {
    byte[] chunk = new byte[1 << 16];
    java.util.Arrays.fill(chunk, (byte) c);
    for (long left = bytes; left > 0; left -= chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
  }
}
