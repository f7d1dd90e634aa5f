package no.imdi.grants.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The generated passwords of the local PostgreSQL (of the superuser {@code postgres}, which only
 * the launcher uses, and of the application's role), kept in a properties file that only its owner
 * can read (POSIX 0600, in a folder of mode 0700), so another local user can neither read them nor
 * log in without them.
 */
record DatabasePasswords(String superuser, String application) {

  static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final SecureRandom RANDOM = new SecureRandom();

  static DatabasePasswords generate() {
    return new DatabasePasswords(randomPassword(), randomPassword());
  }

  static DatabasePasswords read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the database passwords in " + file, e);
    }
    String superuser = properties.getProperty("postgres");
    String application = properties.getProperty(LocalDatabase.APP_ROLE);
    if (superuser == null || application == null) {
      throw new IllegalStateException("The database password file " + file + " is incomplete");
    }
    restrictToOwner(file, OWNER_FILE);
    return new DatabasePasswords(superuser, application);
  }

  /** Writes the file atomically, readable by its owner only from the moment it exists. */
  void write(Path file) {
    Path temporary = file.resolveSibling(file.getFileName() + ".new");
    try {
      Files.deleteIfExists(temporary);
      Files.createFile(temporary, ownerOnly(OWNER_FILE));
      Properties properties = new Properties();
      properties.setProperty("postgres", superuser);
      properties.setProperty(LocalDatabase.APP_ROLE, application);
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        properties.store(
            writer, "Generated passwords of the local PostgreSQL; keep this file private");
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the database passwords to " + file, e);
    }
  }

  /** Writes the superuser's password alone to a new owner-only file, as initdb's --pwfile reads. */
  Path writeSuperuserPasswordFile(Path folder) {
    try {
      Path file = Files.createTempFile(folder, ".initdb-", ".pw", ownerOnly(OWNER_FILE));
      Files.writeString(file, superuser + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write a password file in " + folder, e);
    }
  }

  static void restrictToOwner(Path path, Set<PosixFilePermission> permissions) {
    if (!isPosix()) {
      return;
    }
    try {
      if (!Files.getPosixFilePermissions(path).equals(permissions)) {
        Files.setPosixFilePermissions(path, permissions);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not restrict the permissions of " + path, e);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
    return isPosix()
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
        : new FileAttribute<?>[0];
  }

  private static boolean isPosix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "DatabasePasswords[hidden]";
  }
}
