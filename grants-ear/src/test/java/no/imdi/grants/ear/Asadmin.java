package no.imdi.grants.ear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Server's command line ({@code asadmin}), run with the Java of this JVM and without a
 * shell. Each command's output is kept in a file of the work directory, and a command that does not
 * finish in time is ended.
 */
final class Asadmin {

  /** What a command printed and how it ended; exit code -1 when it timed out. */
  record Result(String command, int exitCode, String output) {

    boolean succeeded() {
      return exitCode == 0;
    }

    String describe() {
      return "asadmin " + command + " ended with exit code " + exitCode + ":\n" + output.strip();
    }
  }

  private final Path cliJar;
  private final Path outputDir;

  Asadmin(Path payaraHome, Path outputDir) {
    this.cliJar = payaraHome.resolve("glassfish/lib/client/appserver-cli.jar");
    this.outputDir = outputDir;
  }

  Result run(Duration timeout, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    String javaHome = System.getProperty("java.home");
    List<String> command = new ArrayList<>();
    command.add(Path.of(javaHome, "bin", "java").toString());
    command.add("-jar");
    command.add(cliJar.toString());
    command.add("--interactive=false");
    command.addAll(List.of(arguments));
    Files.createDirectories(outputDir);
    Path output = outputDir.resolve("asadmin-" + subcommand(arguments) + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(output.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("GRANTS_"));
    builder.environment().put("AS_JAVA", javaHome);
    builder.environment().putAll(environment);
    long startNanos = System.nanoTime();
    Process process = builder.start();
    boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String printed = Files.readString(output);
    String line = String.join(" ", arguments);
    System.out.printf(
        "asadmin %s: %.1f s%n", subcommand(arguments), (System.nanoTime() - startNanos) / 1e9);
    return finished
        ? new Result(line, process.exitValue(), printed)
        : new Result(line, -1, printed + "\n(timed out after " + timeout.toSeconds() + " s)");
  }

  private static String subcommand(String... arguments) {
    for (String argument : arguments) {
      if (!argument.startsWith("-")) {
        return argument;
      }
    }
    return "command";
  }
}
