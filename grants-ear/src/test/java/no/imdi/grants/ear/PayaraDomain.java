package no.imdi.grants.ear;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fresh Payara Server domain for one test run: a copy of the distribution's {@code domain1} in
 * the work directory, listening on 127.0.0.1 only and on free ports. Closing it stops the server
 * with {@code asadmin stop-domain} and, should that fail, ends the server's process; a shutdown
 * hook does the same if the test JVM itself is stopped.
 */
final class PayaraDomain implements AutoCloseable {

  private static final String NAME = "domain1";

  private final Asadmin asadmin;
  private final Path domainsDir;
  private final Path domainDir;
  private final DomainPorts ports;
  private final Thread killOnExit = new Thread(this::killServer, "kill-payara-server");
  private ProcessHandle started;

  private PayaraDomain(Path payaraHome, Path workDir, DomainPorts ports) {
    this.asadmin = new Asadmin(payaraHome, workDir);
    this.domainsDir = workDir.resolve("domains");
    this.domainDir = domainsDir.resolve(NAME);
    this.ports = ports;
  }

  static PayaraDomain create(Path payaraHome, Path workDir) throws Exception {
    PayaraDomain domain = new PayaraDomain(payaraHome, workDir, DomainPorts.free());
    domain.killServer(); // left running by an earlier run that was killed
    PayaraInstall.deleteRecursively(domain.domainsDir);
    copyRecursively(payaraHome.resolve("glassfish/domains/" + NAME), domain.domainDir);
    DomainXml domainXml = DomainXml.read(domain.domainDir.resolve("config/domain.xml"));
    domainXml.bindToLoopback(domain.ports);
    domainXml.addJvmOption("-XX:TieredStopAtLevel=1"); // starts and deploys faster on few cores
    domainXml.save();
    return domain;
  }

  /** Starts the server; it inherits {@code environment} from the start-domain process. */
  Asadmin.Result start(Map<String, String> environment) throws Exception {
    Runtime.getRuntime().addShutdownHook(killOnExit);
    Asadmin.Result result =
        asadmin.run(
            Duration.ofSeconds(120),
            environment,
            "start-domain",
            "--domaindir=" + domainsDir,
            NAME);
    started = server().orElse(null);
    return result;
  }

  Asadmin.Result deploy(Path archive, String name) throws Exception {
    return asadmin.run(
        Duration.ofSeconds(180),
        Map.of(),
        "--host=127.0.0.1",
        "--port=" + ports.admin(),
        "deploy",
        "--name=" + name,
        archive.toString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + ports.http() + path);
  }

  Path serverLog() {
    return domainDir.resolve("logs/server.log");
  }

  /** The size of the server log now, to read what comes after it. */
  long serverLogSize() throws IOException {
    return Files.exists(serverLog()) ? Files.size(serverLog()) : 0;
  }

  /** The server log from {@code offset} on: its SEVERE and WARNING records, else its last lines. */
  String serverLogExcerpt(long offset) {
    return ServerLogExcerpt.of(serverLog(), offset);
  }

  @Override
  public void close() throws Exception {
    try {
      if (server().isPresent()) {
        Asadmin.Result stopped =
            asadmin.run(
                Duration.ofSeconds(60), Map.of(), "stop-domain", "--domaindir=" + domainsDir, NAME);
        if (!stopped.succeeded()) {
          System.err.println(stopped.describe());
        }
      }
    } finally {
      killServer();
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException e) {
        // the JVM is shutting down and runs the hook itself
      }
    }
  }

  /** Ends this domain's server process, if it still runs. */
  private void killServer() {
    Optional.ofNullable(started)
        .filter(ProcessHandle::isAlive)
        .or(this::server)
        .ifPresent(
            process -> {
              process.destroyForcibly();
              process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
  }

  /** The running server of this domain: the process of its pid file, launched for its directory. */
  private Optional<ProcessHandle> server() {
    Path pidFile = domainDir.resolve("config/pid");
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().commandLine().orElse("").contains(domainDir.toString()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void copyRecursively(Path source, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : paths.toList()) {
        Files.copy(path, target.resolve(source.relativize(path).toString()));
      }
    }
  }
}
