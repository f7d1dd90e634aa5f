package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics page in real Chromium: IMDi's caseworker sees the five figures, each chart a
 * canvas with an aria-label beside a table of the same numbers; the year filter changes the settled
 * total in step with a count in the database (also after a new settlement); an impossible period
 * gives the field's message, not an error page. Bergen's caseworker sees Bergen's numbers only, on
 * the page and in the downloaded CSV. axe-core finds no WCAG 2.1 A or AA violation on the page.
 */
class StatisticsIT {

  private static final String PAGE = "app/statistics.xhtml";
  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void imdiSeesChartsWithLabelsAndTablesAndTheYearFilterFollowsTheDatabase() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.saksbehandler");
      page.click("#navStatistics");
      page.waitForURL("**/" + PAGE + "**");
      assertThat(page.locator("h2").allTextContents())
          .contains(
              "Bosatte personer",
              "Søknader om tilskudd ved nedsatt funksjonsevne",
              "Innvilget og utbetalt beløp",
              "Saksbehandlingstid",
              "Klager");
      page.waitForSelector("[id='statsForm:settledChart_canvas']");
      Locator canvases = page.locator("#statsForm canvas");
      assertThat(canvases.count()).isGreaterThanOrEqualTo(1);
      for (int i = 0; i < canvases.count(); i++) {
        Locator canvas = canvases.nth(i);
        assertThat(canvas.getAttribute("role")).isEqualTo("img");
        assertThat(canvas.getAttribute("aria-label"))
            .contains("De samme tallene står i tabellen ved siden av");
        // Chart.js has drawn it (it sizes the canvas to its box)
        assertThat(((Number) canvas.evaluate("c => c.width")).intValue()).isPositive();
      }
      // every chart stands beside a table with a caption and column headers
      assertThat(page.locator("#statsForm .stats-figure-body table caption").count())
          .isEqualTo(canvases.count());
      assertThat(PageChecks.axeViolations(page)).as("statistics page").isEmpty();

      long before =
          count("select count(*) from settlement where extract(year from settlement_date) = 2022");
      filterYears(page, "2022", "2022");
      assertThat(settledTotal(page)).isEqualTo(before);
      assertThat(page.textContent("#appliedFilter")).contains("fra 2022 til 2022");

      TestData.person(TestData.OSLO, "Statistikksen");
      filterYears(page, "2022", "2022");
      assertThat(settledTotal(page))
          .isEqualTo(before + 1)
          .isEqualTo(
              count(
                  "select count(*) from settlement where extract(year from settlement_date) = 2022"));

      filterYears(page, "2024", "2022");
      assertThat(page.textContent("[id='filterForm']")).contains("kan ikke være før fra-året");
    }
  }

  @Test
  void bergenSeesOnlyBergenOnThePageAndInTheCsv() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.bergen");
      page.navigate(TestEnvironment.baseUrl() + PAGE);
      page.waitForSelector("#statsForm");
      assertThat(page.textContent("#appliedFilter")).contains("Bergen");
      assertThat(page.locator("[id='filterForm:municipality']").count()).isZero();
      assertThat(page.textContent("#statsForm")).doesNotContain("Oslo");
      assertThat(settledTotal(page))
          .isEqualTo(count("select count(*) from settlement where settled_in = '4601'"));
      assertThat(PageChecks.axeViolations(page)).as("statistics, Bergen").isEmpty();

      Download csv = page.waitForDownload(() -> page.click("[id='statsForm:settledCsv']"));
      assertThat(csv.suggestedFilename()).matches("stats-settled-\\d{4}-\\d{2}-\\d{2}\\.csv");
      List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
      assertThat(lines.get(0))
          .startsWith("\uFEFF\"År\";\"Fylkesnummer\";\"Fylke\";\"Kommunenummer\"");
      List<String> rows = lines.subList(1, lines.size());
      assertThat(rows)
          .isNotEmpty()
          .allSatisfy(l -> assertThat(l.split(";")[3]).isEqualTo("\"4601\""));
      assertThat(String.join("\n", rows)).doesNotContain("Oslo").doesNotContain("0301");
      long persons =
          rows.stream().mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(';') + 1))).sum();
      assertThat(persons)
          .isEqualTo(count("select count(*) from settlement where settled_in = '4601'"));
    }
  }

  private static void filterYears(Page page, String from, String to) {
    for (String[] field : new String[][] {{"fromYear", from}, {"toYear", to}}) {
      Locator input = page.locator("[id='filterForm:" + field[0] + "_input']");
      input.fill("");
      input.pressSequentially(field[1]);
      input.press("Tab");
    }
    page.waitForNavigation(() -> page.click("[id='filterForm:apply']"));
  }

  /** The sum of the settled persons per year and target group, as the page's table shows it. */
  private static long settledTotal(Page page) {
    return page.locator("#settledTotals tbody td.num").allTextContents().stream()
        .mapToLong(t -> Long.parseLong(t.replaceAll("[^0-9]", "")))
        .sum();
  }

  private static long count(String sql) throws Exception {
    try (var c = TestEnvironment.connection();
        var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
