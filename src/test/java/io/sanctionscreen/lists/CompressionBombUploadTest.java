package io.sanctionscreen.lists;

import static io.sanctionscreen.lists.ListApi.hits;
import static io.sanctionscreen.lists.ListApi.info;
import static io.sanctionscreen.lists.ListApi.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sanctionscreen.web.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The compression bombs of issue 14 uploaded through the API, each a small gzip or ZIP made in the
 * test: refused with 422 naming the limit it broke, and the version in use keeps serving. (The same
 * bombs at their full 2.5 GB, parser by parser, are in InputBombTest.)
 */
@QuarkusTest
@WithTestResource(value = ListServer.class, scope = TestResourceScope.GLOBAL)
class CompressionBombUploadTest {

  private static final long INFLATED = 32L * 1024 * 1024;

  private static final List<String> VERSION_FIELDS =
      List.of("version", "contentHash", "entryCount", "nameCount", "listDate");

  @Test
  void spacesInTheUnRootElement() {
    refused(
        "un-sc",
        gzip("<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-03-01\">", ' '),
        "white space between XML elements from line 2 is longer than the limit of 1048576"
            + " characters",
        "Eric Badege",
        "un-sc:CDi.001");
  }

  @Test
  void aHugeXmlComment() {
    refused(
        "un-sc",
        gzip("<CONSOLIDATED_LIST dateGenerated=\"2026-03-01\"><!--", 'x'),
        "an XML comment from line 1 is longer than the limit of 1048576 characters",
        "Eric Badege",
        "un-sc:CDi.001");
  }

  @Test
  void aHugeFieldInTheOfsiCsv() {
    refused(
        "gb-ofsi",
        gzip("Last Updated,01/03/2026\r\n\"", 'A'),
        "a CSV field on line 2 is longer than the limit of 1048576 characters",
        "Cozum Yazilim Donanim Elektronik",
        "gb-ofsi:16390");
  }

  @Test
  void aZipWithAHugeSdnCsv() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("sdn.csv"));
      z.write("36216,\"".getBytes(StandardCharsets.US_ASCII));
      fill(z, 'A');
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    refused(
        "us-ofac-sdn",
        bytes.toByteArray(),
        "a CSV field on line 1 is longer than the limit of 1048576 characters",
        "SenseTime Group Limited",
        "us-ofac-cons:33114");
  }

  @Test
  void aHugeFtmJsonLine() {
    upload(
            "opensanctions-bomb",
            gzip("{\"id\": \"x\", \"schema\": \"Person\", \"caption\": \"", 'A'),
            Map.of())
        .statusCode(422)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:list-rejected"))
        .body(
            "detail",
            org.hamcrest.Matchers.containsString(
                "line 1 is longer than " + (4 * 1024 * 1024) + " characters"));
    assertThat(hits("SenseTime Group Limited")).contains("us-ofac-cons:33114");
  }

  private static void refused(
      String source, byte[] file, String limit, String listedName, String listedId) {
    assertThat(file.length).isLessThan(1024 * 1024);
    Map<String, Object> before = info(source);

    upload(source, file, Map.of("listDate", "2026-03-01"))
        .statusCode(422)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:list-rejected"))
        .body("detail", org.hamcrest.Matchers.containsString(limit))
        .body(
            "detail",
            org.hamcrest.Matchers.endsWith(
                "Nothing was imported; the version in use keeps serving."));

    Map<String, Object> after = info(source);
    for (String field : VERSION_FIELDS) {
      assertThat(String.valueOf(after.get(field))).isEqualTo(String.valueOf(before.get(field)));
    }
    assertThat(hits(listedName)).contains(listedId);
  }

  private static byte[] gzip(String prefix, char fill) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(prefix.getBytes(StandardCharsets.UTF_8));
      fill(out, fill);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void fill(OutputStream out, char c) throws IOException {
    byte[] chunk = new byte[1 << 16];
    Arrays.fill(chunk, (byte) c);
    for (long left = INFLATED; left > 0; left -= chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
  }
}
