package no.imdi.grants.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for the single sign-on tests: the distribution from Maven Central ({@code
 * org.keycloak:keycloak-quarkus-dist}, a zip that Maven puts in the local repository; its path
 * comes as {@code grants.it.keycloakZip}), unpacked once under {@code target}, started in dev mode
 * on 127.0.0.1 on a free port with the project's realm ({@code keycloak/tilskudd-realm.json}, whose
 * addresses of the application are rewritten to the port of the application under test). It needs
 * Java 21 or later: {@code grants.it.keycloakJavaHome}, else the running JDK if it is 21+, else the
 * newest JDK under /usr/lib/jvm.
 */
final class KeycloakServer implements AutoCloseable {

  static final String REALM = "tilskudd";
  static final String CLIENT_ID = "tilskudd";
  static final String CLIENT_SECRET = "tilskudd-test-secret";
  static final String PASSWORD = "Sso-test-2026";

  private final Process process;
  private final int port;
  private final Path log;

  private KeycloakServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts Keycloak (without waiting for it) for an application at {@code appUrl}. */
  static KeycloakServer start(Path work, int port, String appUrl) throws IOException {
    Path home = unpacked(work);
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    String realm;
    try (InputStream in =
        KeycloakServer.class.getResourceAsStream("/keycloak/tilskudd-realm.json")) {
      realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(
        imports.resolve("tilskudd-realm.json"), realm.replace("http://127.0.0.1:8080/", appUrl));
    Path log = work.resolve("keycloak.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                "sh",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--hostname-strict=false",
                "--import-realm")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", javaHome().toString());
    builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    builder.environment().remove("JAVA_OPTS");
    return new KeycloakServer(builder.start(), port, log);
  }

  String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  /** Waits until the realm's discovery document answers. */
  void awaitReady(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped; see " + log);
      }
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Keycloak did not start in " + timeout + "; see " + log);
  }

  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** The distribution unpacked under {@code work} (once; its H2 data is removed each start). */
  private static Path unpacked(Path work) throws IOException {
    Path zip = Path.of(System.getProperty("grants.it.keycloakZip", "keycloak.zip"));
    if (!Files.isRegularFile(zip)) {
      throw new IllegalStateException("No Keycloak distribution at " + zip);
    }
    String name = zip.getFileName().toString().replace(".zip", "");
    Path target = work.resolve(name);
    Path done = target.resolve(".unpacked");
    if (!Files.exists(done)) {
      Files.createDirectories(target);
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          Path to = target.resolve(stripFirst(e.getName())).normalize();
          if (!to.startsWith(target)) {
            throw new IOException("Bad entry " + e.getName());
          }
          if (e.isDirectory()) {
            Files.createDirectories(to);
          } else {
            Files.createDirectories(to.getParent());
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      Files.writeString(done, zip.toString());
    }
    deleteRecursively(target.resolve("data/h2"));
    return target;
  }

  private static String stripFirst(String entry) {
    int slash = entry.indexOf('/');
    return slash < 0 ? entry : entry.substring(slash + 1);
  }

  static Path javaHome() throws IOException {
    String configured = System.getProperty("grants.it.keycloakJavaHome");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    if (Runtime.version().feature() >= 21) {
      return Path.of(System.getProperty("java.home"));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> dirs = Files.list(jvms)) {
        Path best = null;
        int bestVersion = 0;
        for (Path dir : dirs.toList()) {
          int version = feature(dir);
          if (version >= 21 && version > bestVersion && Files.exists(dir.resolve("bin/java"))) {
            best = dir;
            bestVersion = version;
          }
        }
        if (best != null) {
          return best;
        }
      }
    }
    throw new IllegalStateException(
        "Keycloak needs Java 21 or later: set grants.it.keycloakJavaHome to such a JDK");
  }

  private static int feature(Path jdk) {
    Path release = jdk.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    try (InputStream in = Files.newInputStream(release)) {
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
      return Integer.parseInt(v.split("[.+-]")[0]);
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
