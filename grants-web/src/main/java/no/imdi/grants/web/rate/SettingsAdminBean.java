package no.imdi.grants.web.rate;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import no.imdi.grants.dashboard.DashboardService;
import no.imdi.grants.integrationgrant.MoveSplitRule;
import no.imdi.grants.settings.CalendarSettingValues;
import no.imdi.grants.settings.PaymentSettingValues;
import no.imdi.grants.settings.Setting;
import no.imdi.grants.settings.SettingAudit;
import no.imdi.grants.settings.SettingValidator;
import no.imdi.grants.settings.SettingsAdministration;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.Messages;

/**
 * The settings part of the administration page: the facts the rule book marks [verify] (R-IG-2,
 * R-IG-6, R-AP-3, ...) and the payment run's settings (R-PAY-3) with their verified flags, a
 * setting's audit trail, and the form that changes a value or confirms it.
 */
@Named
@ViewScoped
public class SettingsAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SettingsAdministration administration;
  @Inject private Messages messages;

  private String setting;
  private String settingHistory;
  private SettingForm form;
  private boolean loaded;
  private transient List<Setting> settings;
  private transient List<SettingAudit> history;

  /** Opens {@code ?setting=} in the form; {@code ?settingHistory=} shows a setting's trail. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (setting != null && SettingValidator.KEYS.contains(setting)) {
      form = SettingForm.of(administration.get(setting));
    }
    if (settingHistory != null && !SettingValidator.KEYS.contains(settingHistory)) {
      settingHistory = null;
    }
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String name = messages.text("setting." + form.getKey());
    try {
      boolean changed = administration.change(form.toCommand());
      messages.info(changed ? "settings.saved" : "settings.unchanged", name);
      AdminRedirect.toHistory(faces, "settingHistory", form.getKey());
    } catch (InvalidInputException e) {
      messages.addProblems("settingForm", e.problems());
      messages.error("settings.notSaved");
    } catch (ConcurrentChangeException e) {
      messages.error("settings.concurrentChange", name);
      settingHistory = form.getKey();
      history = null;
      faces.validationFailed();
    } catch (EJBAccessException e) {
      messages.error("rates.denied");
      faces.validationFailed();
    }
  }

  /** A stored value as the page shows it, in the user's language. */
  public String display(String key, String value) {
    return switch (key) {
      case SettingsBook.FAMILY_OF_HUMANITARIAN_YEARS -> messages.text("settings.years", value);
      case SettingsBook.MOVE_SPLIT -> messages.text("moveSplit." + value);
      case SettingsBook.ACCOUNTS_REPORT_REMINDER_DAYS,
          DashboardService.INTERIM_WARNING_DAYS,
          PaymentSettingValues.CHANGE_LOG_RETENTION_DAYS,
          CalendarSettingValues.PAST_DAYS ->
          messages.text("accounts.settings.days", value);
      case CalendarSettingValues.REQUESTS_PER_TOKEN, CalendarSettingValues.REQUESTS_PER_ADDRESS ->
          messages.text("calendar.settings.requests", value);
      case PaymentSettingValues.CHUNK_SIZE -> messages.text("paygap.settings.chunk", value);
      case PaymentSettingValues.LEASE_SECONDS -> messages.text("paygap.settings.seconds", value);
      case PaymentSettingValues.PAYOUT_DAY, PaymentSettingValues.PAYOUT_DAY_DECEMBER ->
          messages.text("paygap.settings.day", value);
      case PaymentSettingValues.BANK_ACCEPTED_STATUSES -> value.replace(",", ", ");
      default ->
          "true".equals(value)
              ? messages.text("yes")
              : "false".equals(value) ? messages.text("no") : value;
    };
  }

  /** The choices of a setting with a fixed set of values; empty for the number of years. */
  public List<SelectItem> options(String key) {
    if (key == null) {
      return List.of();
    }
    return switch (key) {
      case SettingsBook.MOVE_SPLIT ->
          Arrays.stream(MoveSplitRule.values())
              .map(r -> new SelectItem(r.name(), messages.text("moveSplit." + r.name())))
              .toList();
      case SettingsBook.COMPLAINT_ROLL_FORWARD,
          SettingsBook.COMPLAINT_NOTICE_FROM_FIRST_OPENING,
          SettingsBook.MISSING_CONSENT_REFUSES,
          SettingsBook.PAYOUT_WHOLE_AT_NEXT_INSTALMENT,
          "payment.emSettlementYearCatchUp" ->
          List.of(
              new SelectItem("true", messages.text("yes")),
              new SelectItem("false", messages.text("no")));
      default -> List.of();
    };
  }

  /** How many characters the typed value may have (a text field, for a setting without choices). */
  public int maxLength(String key) {
    return switch (key) {
      case PaymentSettingValues.BANK_ACCEPTED_STATUSES -> 200;
      case PaymentSettingValues.CHUNK_SIZE -> 6;
      case PaymentSettingValues.LEASE_SECONDS,
          PaymentSettingValues.CHANGE_LOG_RETENTION_DAYS,
          CalendarSettingValues.PAST_DAYS ->
          4;
      case CalendarSettingValues.REQUESTS_PER_TOKEN -> 5;
      case CalendarSettingValues.REQUESTS_PER_ADDRESS -> 6;
      default -> 2;
    };
  }

  /** Whether the value is a whole number (the field asks for digits). */
  public boolean numeric(String key) {
    return !PaymentSettingValues.BANK_ACCEPTED_STATUSES.equals(key);
  }

  public List<Setting> getSettings() {
    if (settings == null) {
      settings = administration.all();
    }
    return settings;
  }

  public List<SettingAudit> getHistory() {
    if (history == null && settingHistory != null) {
      history = administration.history(settingHistory);
    }
    return history;
  }

  public SettingForm getForm() {
    return form;
  }

  public String getSetting() {
    return setting;
  }

  public void setSetting(String setting) {
    this.setting = setting;
  }

  public String getSettingHistory() {
    return settingHistory;
  }

  public void setSettingHistory(String settingHistory) {
    this.settingHistory = settingHistory;
  }
}
