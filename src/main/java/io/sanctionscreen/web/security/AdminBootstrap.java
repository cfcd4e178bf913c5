package io.sanctionscreen.web.security;

import io.quarkus.runtime.StartupEvent;
import io.sanctionscreen.access.Roles;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * On the first start with no credential at all, creates the user {@code admin} with a random
 * secret, stores its hash, and writes the secret once to a file only the service's user can read;
 * the log says where the file is, never the secret. There is no built-in default password.
 */
@ApplicationScoped
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

  /** The bootstrap user's name. */
  public static final String ADMIN = "admin";

  private final SecurityConfig config;
  private final CredentialStore store;

  public AdminBootstrap(SecurityConfig config, CredentialStore store) {
    this.config = config;
    this.store = store;
  }

  void onStart(@Observes @Priority(500) StartupEvent event) {
    if (config.bootstrapAdmin() && !store.anyCredential()) {
      createAdmin(Path.of(config.adminCredentialFile()));
    }
  }

  /** Creates the admin credential and writes its secret to a file; returns the file. */
  Path createAdmin(Path file) {
    String secret = PasswordHash.newSecret();
    write(file, "user: " + ADMIN + "\nsecret: " + secret + "\n");
    store.store(
        ADMIN,
        secret,
        List.of(Roles.ADMIN, Roles.OFFICER, Roles.SCREENER, Roles.MONITOR),
        "system:bootstrap");
    LOG.warnf(
        "No credentials were configured: created the user '%s'; its secret is in %s (readable by"
            + " this user only). Use it with HTTP Basic, store it elsewhere, then delete the file.",
        ADMIN, file.toAbsolutePath());
    return file;
  }

  private static void write(Path file, String content) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the admin credential to " + file, e);
    }
  }
}
