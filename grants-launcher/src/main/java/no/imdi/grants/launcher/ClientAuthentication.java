package no.imdi.grants.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The client authentication of the local PostgreSQL ({@code pg_hba.conf}): every role logs in with
 * its password (SCRAM-SHA-256), over loopback only. Folders of earlier versions trusted every local
 * connection; {@link #trustsAnyone} tells them apart.
 */
final class ClientAuthentication {

  static final String FILE_NAME = "pg_hba.conf";
  private static final List<String> PASSWORD_ONLY =
      List.of(
          "# Written by the Tilskudd launcher on every start: password logins over loopback only.",
          "# TYPE  DATABASE  USER  ADDRESS       METHOD",
          "local   all       all                 scram-sha-256",
          "host    all       all   127.0.0.1/32  scram-sha-256");

  private final Path file;

  ClientAuthentication(Path dataDirectory) {
    this.file = dataDirectory.resolve(FILE_NAME);
  }

  /** Whether a line of the file lets a client in without a password (method {@code trust}). */
  boolean trustsAnyone() {
    try {
      return Files.readAllLines(file).stream()
          .map(line -> line.replaceFirst("#.*", "").trim())
          .filter(line -> !line.isEmpty())
          .anyMatch(line -> line.matches(".*\\strust(\\s.*)?"));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  /** Replaces the file by the password-only rules; the server reads it at start or on reload. */
  void requirePasswords() {
    Path temporary = file.resolveSibling(FILE_NAME + ".new");
    try {
      Files.write(temporary, PASSWORD_ONLY);
      DatabasePasswords.restrictToOwner(temporary, DatabasePasswords.OWNER_FILE);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }
}
