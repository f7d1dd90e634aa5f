package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

/**
 * The municipality's inbox searched for one case (by its case number, filtered in the database):
 * the demo municipality's inbox holds more than a page (the demo's letters, reminders and complaint
 * letters, and every earlier test's), so a test finds its letters by its case's number instead of
 * paging. Every row shown is of that case.
 */
final class InboxPage {

  private InboxPage() {}

  static void open(Page page, String caseNumber) {
    page.navigate(TestEnvironment.baseUrl() + "app/inbox.xhtml");
    page.fill("[id='inboxForm:caseNumber']", caseNumber);
    page.click("[id='inboxForm:filter']");
    page.waitForLoadState();
    assertThat(page.inputValue("[id='inboxForm:caseNumber']")).isEqualTo(caseNumber);
    assertThat(page.locator("[id='inboxForm:items_data'] tr").allTextContents())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row).contains(caseNumber));
  }
}
