package no.imdi.grants.ear;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The part of a Payara Server log ({@code server.log}, ODL format) worth showing in a failure
 * message: from a given offset on, the SEVERE records and then the WARNING ones (but the notices of
 * expired CA certificates), or the last lines if there are none; stack traces cut to their first
 * frames, and the whole to a readable length.
 */
final class ServerLogExcerpt {

  private static final Pattern RECORD_START = Pattern.compile("(?m)^(?=\\[\\d{4}-\\d{2}-\\d{2}T)");

  /** Payara's trust store holds expired CA certificates, each logged at length on every start. */
  private static final String EXPIRED_CA_CERTIFICATE = "[NCLS-SECURITY-05054]";

  private static final int MAX_CHARS = 20_000;
  private static final int TAIL_LINES = 60;
  private static final int FRAMES = 8;

  private ServerLogExcerpt() {}

  static String of(Path log, long offset) {
    String text;
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long start = Math.min(offset, file.length());
      byte[] bytes = new byte[(int) (file.length() - start)];
      file.seek(start);
      file.readFully(bytes);
      text = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no server log at " + log + ": " + e + ")";
    }
    List<String> records = Arrays.asList(RECORD_START.split(text));
    List<String> problems =
        Stream.concat(
                records.stream().filter(record -> record.contains("] [SEVERE] [")),
                records.stream()
                    .filter(record -> record.contains("] [WARNING] ["))
                    .filter(record -> !record.contains(EXPIRED_CA_CERTIFICATE)))
            .toList();
    String excerpt;
    if (problems.isEmpty()) {
      List<String> lines = text.lines().toList();
      excerpt =
          String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    } else {
      excerpt = String.join("", problems);
    }
    excerpt = shortenStackTraces(excerpt);
    if (excerpt.length() > MAX_CHARS) {
      excerpt = excerpt.substring(0, MAX_CHARS) + "\n... (cut; the whole log is " + log + ")";
    }
    return "--- " + log + " ---\n" + excerpt.strip();
  }

  /** Keeps the first frames of each stack trace (and of each of its causes). */
  private static String shortenStackTraces(String text) {
    StringBuilder shortened = new StringBuilder();
    int frames = 0;
    for (String line : text.split("\n", -1)) {
      boolean frame = line.startsWith("\tat ");
      frames = frame ? frames + 1 : 0;
      if (frames <= FRAMES) {
        shortened.append(line).append('\n');
      } else if (frames == FRAMES + 1) {
        shortened.append("\t...\n");
      }
    }
    return shortened.toString();
  }
}
