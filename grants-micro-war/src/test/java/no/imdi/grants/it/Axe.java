package no.imdi.grants.it;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core, the accessibility rules engine, run inside the page as it is (the script that Deque's
 * Playwright package ships, evaluated through the browser's debugging channel, so that the page's
 * Content-Security-Policy stays on): the WCAG 2.0 and 2.1 A and AA rules.
 */
final class Axe {

  private static final String SOURCE = load();
  private static final String RUN =
      "async () => (await axe.run(document, {runOnly: {type: 'tag', values:"
          + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations.map(v => v.id + ': '"
          + " + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))";

  private Axe() {}

  /** One line per violated rule, with the elements that violate it; empty when there are none. */
  @SuppressWarnings("unchecked")
  static List<String> violations(Page page) {
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof axe === 'object'"))) {
      page.evaluate(SOURCE);
    }
    return (List<String>) page.evaluate(RUN);
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
