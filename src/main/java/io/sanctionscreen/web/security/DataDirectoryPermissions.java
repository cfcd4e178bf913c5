package io.sanctionscreen.web.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps what the service writes under its data directory to the service's own user: the embedded
 * database (the admin's hash, every audit record), the index generations and the list files being
 * imported. At start, before anything else of the service runs, the data directory, the index and
 * import directories and every directory below are made {@code rwx------} and every file {@code
 * rw-------}; a file created later (the JVM has no umask of its own) lies in a directory no other
 * user may enter.
 */
@ApplicationScoped
public class DataDirectoryPermissions {

  private static final Logger LOG = Logger.getLogger(DataDirectoryPermissions.class);

  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private final Path dataDirectory;
  private final Path indexDirectory;
  private final Path importDirectory;

  public DataDirectoryPermissions(
      @ConfigProperty(name = "screening.data-dir", defaultValue = "./data") String dataDirectory,
      @ConfigProperty(name = "screening.index.directory", defaultValue = "./data/index")
          String indexDirectory,
      @ConfigProperty(name = "screening.lists.work-directory", defaultValue = "./data/imports")
          String importDirectory) {
    this.dataDirectory = Path.of(dataDirectory);
    this.indexDirectory = Path.of(indexDirectory);
    this.importDirectory = Path.of(importDirectory);
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      LOG.info("The file system has no POSIX permissions; data directory permissions unchanged");
      return;
    }
    for (Path dir : new Path[] {dataDirectory, indexDirectory, importDirectory}) {
      secure(dir);
    }
  }

  /** Creates the directory if need be, owner-only, and makes everything below owner-only. */
  static void secure(Path dir) {
    try {
      if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
      }
      try (Stream<Path> all = Files.walk(dir)) {
        all.forEach(DataDirectoryPermissions::restrict);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restrict the permissions of " + dir, e);
    }
  }

  private static void restrict(Path p) {
    try {
      if (Files.isSymbolicLink(p)) {
        return;
      }
      Files.setPosixFilePermissions(p, Files.isDirectory(p) ? DIRECTORY : FILE);
    } catch (IOException e) {
      // A file that vanished meanwhile (an index generation replaced) needs nothing.
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new UncheckedIOException("cannot restrict the permissions of " + p, e);
      }
    }
  }
}
