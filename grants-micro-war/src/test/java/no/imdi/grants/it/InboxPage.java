package no.imdi.grants.it;

import com.microsoft.playwright.Page;

/**
 * The municipality's inbox with all of its latest hundred items on one page: the demo
 * municipality's inbox holds more than the 25 items of a first page (the demo's letters, reminders
 * and complaint letters, and every earlier test's), and a letter once read sorts after the unread
 * ones.
 */
final class InboxPage {

  private InboxPage() {}

  static void open(Page page) {
    page.navigate(TestEnvironment.baseUrl() + "app/inbox.xhtml");
    showHundred(page);
  }

  /** Chooses 100 rows per page in the inbox's paginator and waits for the table to be redrawn. */
  static void showHundred(Page page) {
    page.locator("[id='inboxForm:items'] select.ui-paginator-rpp-options")
        .first()
        .selectOption("100");
    page.waitForFunction(
        "() => document.querySelectorAll(\"[id='inboxForm:items_data'] tr\").length > 25"
            + " || !document.querySelector(\"[id='inboxForm:items'] .ui-paginator-next:not(.ui-state-disabled)\")");
  }
}
