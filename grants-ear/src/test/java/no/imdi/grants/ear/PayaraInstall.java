package no.imdi.grants.ear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Payara Server unpacked from its distribution zip (the Maven artifact {@code
 * fish.payara.distributions:payara:zip}) into the work directory, once: a marker naming the zip
 * says the unpacking finished, so an interrupted one is redone.
 */
final class PayaraInstall {

  private PayaraInstall() {}

  /** Returns the installation's root ({@code payara6}, holding {@code glassfish/}). */
  static Path unpack(Path zip, Path workDir) throws IOException {
    Path target = workDir.resolve("server");
    Path marker = target.resolve(".unpacked");
    String stamp = zip.toAbsolutePath() + " " + Files.size(zip);
    if (!Files.exists(marker) || !Files.readString(marker).equals(stamp)) {
      deleteRecursively(target);
      Files.createDirectories(target);
      extract(zip, target);
      Files.writeString(marker, stamp);
    }
    try (Stream<Path> children = Files.list(target)) {
      return children
          .filter(child -> Files.exists(child.resolve("glassfish/lib/client/appserver-cli.jar")))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No Payara Server in " + zip));
    }
  }

  private static void extract(Path zip, Path target) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target)) {
          throw new IOException("Entry outside the target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
        } else {
          Files.createDirectories(file.getParent());
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
