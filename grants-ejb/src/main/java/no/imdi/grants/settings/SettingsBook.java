package no.imdi.grants.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.imdi.grants.complaint.RollForwardSetting;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.integrationgrant.IntegrationGrantSettings;
import no.imdi.grants.integrationgrant.MoveSplitRule;

/**
 * The stored settings for facts the rule book marks [verify], turned into the settings objects the
 * rules take: the integration grant's family-of-humanitarian period and move split (R-IG-2,
 * R-IG-6), the complaint deadline roll-forward (R-AP-3), and whether a missing consent refuses a
 * disability grant application (R-DOC-1, R-DOC-9; the project's choice), and how a T1 or T2 grant
 * is paid (R-PAY-1, R-PAY-2).
 */
@ApplicationScoped
public class SettingsBook {

  public static final String FAMILY_OF_HUMANITARIAN_YEARS =
      "integrationgrant.familyOfHumanitarianYears";
  public static final String MOVE_SPLIT = "integrationgrant.moveSplit";
  public static final String COMPLAINT_ROLL_FORWARD = "complaint.rollForward";
  public static final String COMPLAINT_NOTICE_FROM_FIRST_OPENING =
      "complaint.noticeFromFirstOpening";
  public static final String MISSING_CONSENT_REFUSES = "disability.missingConsentRefuses";
  public static final String PAYOUT_WHOLE_AT_NEXT_INSTALMENT =
      "disability.payoutWholeAtNextInstalment";
  public static final String ACCOUNTS_REPORT_REMINDER_DAYS =
      "disability.accountsReportReminderDays";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected SettingsBook() {}

  public SettingsBook(EntityManager em) {
    this.em = em;
  }

  public IntegrationGrantSettings integrationGrant() {
    Setting years = get(FAMILY_OF_HUMANITARIAN_YEARS);
    Setting split = get(MOVE_SPLIT);
    return new IntegrationGrantSettings(
        Integer.parseInt(years.getValue()),
        years.isVerified(),
        MoveSplitRule.valueOf(split.getValue()),
        split.isVerified());
  }

  public RollForwardSetting complaintRollForward() {
    Setting roll = get(COMPLAINT_ROLL_FORWARD);
    return new RollForwardSetting(Boolean.parseBoolean(roll.getValue()), roll.isVerified());
  }

  /** Whether a missing consent (R-DOC-1, R-DOC-9) refuses a submission, or only warns. */
  public boolean missingConsentRefuses() {
    return Boolean.parseBoolean(get(MISSING_CONSENT_REFUSES).getValue());
  }

  /** How a T1 or T2 grant is paid, as the grant letter states it (R-PAY-1, R-PAY-2 [verify]). */
  public PayoutSetting payout() {
    Setting whole = get(PAYOUT_WHOLE_AT_NEXT_INSTALMENT);
    return new PayoutSetting(Boolean.parseBoolean(whole.getValue()), whole.isVerified());
  }

  /** How many days before its due date an open accounts report is reminded of (R-REP-1). */
  public int accountsReportReminderDays() {
    return Integer.parseInt(get(ACCOUNTS_REPORT_REMINDER_DAYS).getValue());
  }

  public Setting get(String key) {
    Setting setting = em.find(Setting.class, key);
    if (setting == null) {
      throw new IllegalStateException("Missing setting " + key);
    }
    return setting;
  }
}
