package no.imdi.grants.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application's WAR running on Payara Micro in a child process: HTTP (and TLS, if asked for) on
 * loopback only, the Hazelcast cluster off unless asked for, and the database settings passed as
 * environment.
 */
public final class MicroServer implements AutoCloseable {

  private final Process process;
  private final int port;

  private MicroServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static MicroServer start(
      Path microJar, Path war, int port, boolean cluster, Map<String, String> env, Path workDir)
      throws IOException {
    return start(microJar, war, port, 0, cluster, env, workDir);
  }

  /**
   * Starts the server with a TLS listener on {@code sslPort} too (Payara Micro's own self-signed
   * certificate), or without one when {@code sslPort} is 0.
   */
  public static MicroServer start(
      Path microJar,
      Path war,
      int port,
      int sslPort,
      boolean cluster,
      Map<String, String> env,
      Path workDir)
      throws IOException {
    Files.createDirectories(workDir);
    Path preboot = workDir.resolve("preboot.asadmin");
    List<String> commands = new ArrayList<>(onLoopback("http-listener"));
    if (sslPort > 0) {
      commands.addAll(onLoopback("https-listener"));
    }
    if (cluster) {
      commands.add(
          "set configs.config.server-config.hazelcast-config-specific-configuration.interface=127.0.0.1");
    } else {
      commands.add(
          "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=false");
    }
    Files.write(preboot, commands);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-jar");
    command.add(microJar.toString());
    command.add("--deploy");
    command.add(war.toString());
    command.add("--contextroot");
    command.add("/");
    command.add("--port");
    command.add(Integer.toString(port));
    if (sslPort > 0) {
      command.add("--sslport");
      command.add(Integer.toString(sslPort));
    }
    command.add("--prebootcommandfile");
    command.add(preboot.toString());
    if (!cluster) {
      command.add("--nocluster");
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectOutput(
        ProcessBuilder.Redirect.appendTo(workDir.resolve("payara-micro.log").toFile()));
    return new MicroServer(builder.start(), port);
  }

  /** The command that binds the listener to 127.0.0.1. */
  private static List<String> onLoopback(String listener) {
    return List.of(
        "set configs.config.server-config.network-config.network-listeners.network-listener."
            + listener
            + ".address=127.0.0.1");
  }

  /** Waits until the login page answers, or the process ends, or the timeout passes. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url() + "login.xhtml"))
            .timeout(Duration.ofSeconds(10))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    return false;
  }

  public String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process at once, as {@code kill -9}: no shutdown, no undeploy, nothing flushed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
