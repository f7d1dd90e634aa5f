package no.imdi.grants.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.imdi.grants.settings.SettingsBook;

/**
 * The settings a complaint's deadline depends on (R-AP-3 [verify]): whether a last day on a
 * Saturday, Sunday or public holiday moves to the next working day, and whether the notice counts
 * as received when the letter was first opened rather than when it reached the inbox.
 */
@ApplicationScoped
public class ComplaintSettings {

  @Inject private SettingsBook settings;

  protected ComplaintSettings() {}

  public ComplaintSettings(SettingsBook settings) {
    this.settings = settings;
  }

  public RollForwardSetting rollForward() {
    return settings.complaintRollForward();
  }

  public boolean noticeFromFirstOpening() {
    return Boolean.parseBoolean(
        settings.get(SettingsBook.COMPLAINT_NOTICE_FROM_FIRST_OPENING).getValue());
  }
}
