package io.sanctionscreen.lists.importing;

import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.lists.ListProblems;
import io.sanctionscreen.lists.parse.InputLimits;
import io.sanctionscreen.lists.parse.ListFormat;
import io.sanctionscreen.lists.parse.ListFormatException;
import io.sanctionscreen.lists.parse.ListInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of one list while it is imported, kept on disk: received in full (and bounded) before
 * anything is parsed, unwrapped on reading (a gzip-compressed file is read uncompressed; a ZIP file
 * gives the parts its format needs), and deleted on close.
 */
final class ListFiles implements ListInput, AutoCloseable {

  private static final byte[] GZIP = {(byte) 0x1f, (byte) 0x8b};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private final List<Path> owned;
  private final Map<String, Path> files;
  private final ZipFile zip;
  private final long zipSize;
  private final Map<String, String> zipEntries;

  private ListFiles(
      List<Path> owned,
      Map<String, Path> files,
      ZipFile zip,
      long zipSize,
      Map<String, String> zipEntries) {
    this.owned = owned;
    this.files = files;
    this.zip = zip;
    this.zipSize = zipSize;
    this.zipEntries = zipEntries;
  }

  /**
   * Copies a stream to a new file in {@code dir}, refusing it past {@code maxBytes}.
   *
   * @throws io.sanctionscreen.errors.TooLargeException if the stream is longer
   * @throws InvalidInputException if it is empty
   */
  static Path receive(InputStream in, Path dir, long maxBytes, String what) {
    Path file = null;
    try {
      ListFiles.createOwnerOnly(dir);
      file = Files.createTempFile(dir, "list-", ".part");
      long total = 0;
      byte[] buf = new byte[1 << 16];
      try (OutputStream out = Files.newOutputStream(file)) {
        int n;
        while ((n = in.read(buf)) > 0) {
          total += n;
          if (total > maxBytes) {
            throw ListProblems.tooLarge(
                what
                    + " is larger than the limit of "
                    + maxBytes
                    + " bytes"
                    + " (screening.lists.max-file-size); nothing was imported");
          }
          out.write(buf, 0, n);
        }
      }
      if (total == 0) {
        throw new InvalidInputException("body", "the request body is empty: send the list file");
      }
      return file;
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException("cannot store " + what, e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  /**
   * The list made of these files, by part. A lone main file that is a ZIP is opened and its entries
   * mapped to parts as the format says.
   *
   * @throws ListFormatException if a ZIP file is unreadable or lacks what the format needs
   */
  static ListFiles of(ListFormat format, Map<String, Path> parts) {
    List<Path> owned = new ArrayList<>(parts.values());
    Path main = parts.get(ListFormat.MAIN);
    try {
      if (parts.size() == 1 && main != null && startsWith(main, ZIP)) {
        ZipFile zip;
        try {
          zip = new ZipFile(main.toFile());
        } catch (ZipException e) {
          throw new ListFormatException("the ZIP file is unreadable: " + e.getMessage());
        }
        try {
          List<String> names = new ArrayList<>();
          for (ZipEntry e : Collections.list(zip.entries())) {
            names.add(e.getName());
          }
          return new ListFiles(owned, Map.of(), zip, Files.size(main), format.zipParts(names));
        } catch (RuntimeException e) {
          zip.close();
          throw e;
        }
      }
      return new ListFiles(owned, new LinkedHashMap<>(parts), null, 0, null);
    } catch (IOException e) {
      owned.forEach(ListFiles::delete);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      owned.forEach(ListFiles::delete);
      throw e;
    }
  }

  @Override
  public List<String> parts() {
    return List.copyOf(zip != null ? zipEntries.keySet() : files.keySet());
  }

  /**
   * Opens a part, unpacked; what a compressed part unpacks to is bounded by {@link
   * InputLimits#unpacked} in proportion to its compressed size, so a compression bomb is refused
   * after a bounded read whichever parser reads it.
   */
  @Override
  public InputStream open(String part) throws IOException {
    InputStream raw;
    long packed;
    boolean compressed;
    if (zip != null) {
      String name = zipEntries.get(part);
      if (name == null) {
        throw new IOException("no part " + part);
      }
      ZipEntry entry = zip.getEntry(name);
      raw = zip.getInputStream(entry);
      compressed = entry.getMethod() != ZipEntry.STORED;
      packed = entry.getCompressedSize() >= 0 ? entry.getCompressedSize() : zipSize;
    } else {
      Path file = files.get(part);
      if (file == null) {
        throw new IOException("no part " + part);
      }
      raw = Files.newInputStream(file);
      compressed = false;
      packed = Files.size(file);
    }
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    byte[] head = in.readNBytes(2);
    in.reset();
    if (head.length == 2 && head[0] == GZIP[0] && head[1] == GZIP[1]) {
      return InputLimits.unpacked(new GZIPInputStream(in, 1 << 16), packed);
    }
    return compressed ? InputLimits.unpacked(in, packed) : in;
  }

  @Override
  public void close() {
    if (zip != null) {
      try {
        zip.close();
      } catch (IOException e) {
        // deleting the file below is what matters
      }
    }
    owned.forEach(ListFiles::delete);
  }

  private static boolean startsWith(Path file, byte[] magic) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(magic.length);
      return java.util.Arrays.equals(head, magic);
    }
  }

  /**
   * Creates a work directory readable by the service's user only (list files in transit are not for
   * other users of the machine).
   */
  static void createOwnerOnly(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(
          dir,
          java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
              java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a leftover temporary file; the next start does not depend on it
      }
    }
  }
}
