package no.imdi.grants.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import no.imdi.grants.demo.DemoUsers;

/**
 * The run command: starts a local PostgreSQL (unless {@code GRANTS_DB_URL} names one) whose data
 * stays in {@code .data/}, then the application on Payara Micro, and prints the address and the
 * demo logins. Ctrl-C stops both.
 *
 * <p>Settings (environment): {@code GRANTS_PORT} (8080), {@code GRANTS_DB_URL}, {@code
 * GRANTS_DB_USER}, {@code GRANTS_DB_PASSWORD}, {@code GRANTS_DEMO} (true), {@code GRANTS_CLUSTER}
 * (false), {@code GRANTS_DATA_DIR} (.data).
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("grants.root", ".")).toAbsolutePath().normalize();
    Path data = Path.of(env("GRANTS_DATA_DIR", root.resolve(".data").toString()));
    Path war = root.resolve("grants-micro-war/target/grants.war");
    Path micro = root.resolve("grants-launcher/target/payara-micro.jar");
    if (!Files.exists(war) || !Files.exists(micro)) {
      System.err.println(
          "Build first: ./mvnw -DskipTests install (missing " + war + " or " + micro + ")");
      System.exit(2);
    }
    int port = Integer.parseInt(env("GRANTS_PORT", "8080"));
    boolean demo = Boolean.parseBoolean(env("GRANTS_DEMO", "true"));
    Map<String, String> appEnv = new HashMap<>();
    LocalDatabase database = null;
    if (System.getenv("GRANTS_DB_URL") == null) {
      int dbPort = Integer.parseInt(env("GRANTS_LOCAL_DB_PORT", "54329"));
      System.out.println(
          "Starting PostgreSQL on 127.0.0.1:"
              + dbPort
              + " (data in "
              + data.resolve("postgres")
              + ", passwords in "
              + data.resolve("postgres").resolve(LocalDatabase.PASSWORD_FILE)
              + ")");
      database = LocalDatabase.start(data.resolve("postgres"), dbPort);
      appEnv.put("GRANTS_DB_URL", database.jdbcUrl());
      appEnv.put("GRANTS_DB_USER", database.user());
      appEnv.put("GRANTS_DB_PASSWORD", database.password());
    }
    appEnv.put("GRANTS_DEMO_ENABLED", Boolean.toString(demo));
    System.out.println(
        "Starting Payara Micro on 127.0.0.1:"
            + port
            + " (log in "
            + data.resolve("payara-micro.log")
            + ")");
    MicroServer server =
        MicroServer.start(
            micro, war, port, Boolean.parseBoolean(env("GRANTS_CLUSTER", "false")), appEnv, data);
    LocalDatabase db = database;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Tilskudd ...");
                  server.close();
                  if (db != null) {
                    db.close();
                  }
                  System.out.println("Stopped.");
                }));
    if (!server.awaitReady(Duration.ofMinutes(5))) {
      System.err.println("Tilskudd did not start; see " + data.resolve("payara-micro.log"));
      System.exit(1);
    }
    printBanner(server.url(), demo);
    int exit = server.waitFor();
    System.exit(exit);
  }

  private static void printBanner(String url, boolean demo) {
    StringBuilder b = new StringBuilder();
    b.append("\n  Tilskudd is running at ").append(url).append('\n');
    if (demo) {
      b.append("\n  Demo logins (password for all: ").append(DemoUsers.PASSWORD).append("):\n");
      for (DemoUsers.DemoUser user : DemoUsers.ALL) {
        b.append(
            String.format(
                "    %-20s %-25s %s%n",
                user.username(),
                user.role(),
                user.municipality() == null ? "" : "municipality " + user.municipality()));
      }
    }
    b.append("\n  Press Ctrl-C to stop.\n");
    System.out.println(b);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
