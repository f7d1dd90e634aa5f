package no.imdi.grants.it;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A page used as a keyboard user uses it: Tab to a control, type, and Enter or Space, with no
 * mouse. A control that Tab cannot reach fails the test.
 */
final class Keys {

  private static final int MAX_TABS = 250;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private Keys() {}

  /**
   * Presses Tab until the focus is on, or inside, what the selector names. A date picker's calendar
   * that takes the focus on the way is left with Escape, as a keyboard user leaves it.
   */
  static void tabTo(Page page, String selector) {
    for (int i = 0; i < MAX_TABS; i++) {
      page.keyboard().press("Tab");
      if (focusIsOn(page, selector)) {
        return;
      }
      if (focusIsOn(page, ".p-datepicker-panel")) {
        page.keyboard().press("Escape");
      }
    }
    throw new AssertionError(
        "Tab never reached " + selector + "; the focus is on " + focused(page));
  }

  static void tabToAndPress(Page page, String selector, String key) {
    tabTo(page, selector);
    page.keyboard().press(key);
  }

  static void type(Page page, String text) {
    page.keyboard().type(text);
  }

  /**
   * Types a date into a date field by keyboard: Tab to it (its calendar stays closed: it opens only
   * from its own button), replace what it holds (the national id may have filled in the birth
   * date), type the date.
   */
  static void typeDate(Page page, String formId, String field, LocalDate date) {
    String input = "[id='" + formId + ":" + field + "_input']";
    tabTo(page, input);
    if (page.isVisible("[id='" + formId + ":" + field + "_panel']")) {
      throw new AssertionError("The calendar of " + field + " opened on focus");
    }
    page.keyboard().press("ControlOrMeta+A");
    page.keyboard().type(DATE.format(date));
  }

  /** Picks the option of a select menu whose label contains the text, through its filter. */
  static void choose(Page page, String formId, String field, String text) {
    tabTo(page, "[id='" + formId + ":" + field + "']");
    page.keyboard().press("Space");
    page.waitForFunction(
        "s => document.activeElement && document.activeElement.matches(s)",
        "[id='" + formId + ":" + field + "_filter']");
    page.keyboard().type(text);
    page.waitForTimeout(300);
    page.keyboard().press("Enter");
  }

  static boolean focusIsOn(Page page, String selector) {
    return (Boolean)
        page.evaluate(
            "s => { const e = document.activeElement;"
                + " return !!e && e !== document.body && (e.matches(s) || !!e.closest(s)); }",
            selector);
  }

  static String focused(Page page) {
    return (String)
        page.evaluate(
            "() => { const e = document.activeElement;"
                + " return e ? e.tagName + '#' + e.id + ' ' + (e.textContent || '').trim()"
                + ".substring(0, 40) : 'nothing'; }");
  }
}
