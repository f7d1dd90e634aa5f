package no.imdi.grants.it;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright, headless, with no network beyond loopback. */
final class Browser implements AutoCloseable {

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;

  Browser() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(
                        Path.of(System.getProperty("grants.it.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  BrowserContext context(String locale) {
    return context(locale, 1280, 900, 1);
  }

  /**
   * A context with a viewport of this many CSS pixels; a scale of 2 on a viewport half as wide is
   * what a browser zoomed to 200 % lays out.
   */
  BrowserContext context(String locale, int width, int height, double scale) {
    BrowserContext context =
        browser.newContext(
            new NewContextOptions()
                .setLocale(locale)
                .setExtraHTTPHeaders(Map.of("Accept-Language", locale))
                .setViewportSize(width, height)
                .setDeviceScaleFactor(scale));
    context.setDefaultTimeout(60_000);
    context.setDefaultNavigationTimeout(60_000);
    return context;
  }

  static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of(System.getProperty("grants.it.workDir", "target/it"), name + ".png"))
            .setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }

  /**
   * A new page of the context logged in as the demo user (the demo password) through the login
   * page, after the login has led away from it.
   */
  static Page loggedIn(BrowserContext context, String user) {
    Page page = context.newPage();
    page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
    page.fill("#loginForm\\:username", user);
    page.fill("#loginForm\\:password", "Tilskudd-demo-2026");
    page.click("#loginForm\\:submit");
    page.waitForURL(url -> !url.contains("login.xhtml"));
    return page;
  }
}
