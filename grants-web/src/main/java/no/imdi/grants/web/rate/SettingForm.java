package no.imdi.grants.web.rate;

import java.io.Serializable;
import no.imdi.grants.settings.Setting;
import no.imdi.grants.settings.SettingCommand;

/** What the setting form holds while it is filled in: which setting, its opened version, values. */
public class SettingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String key;
  private long version;
  private String value;
  private boolean verified;
  private String reason;

  static SettingForm of(Setting setting) {
    SettingForm form = new SettingForm();
    form.key = setting.getKey();
    form.version = setting.getVersion();
    form.value = setting.getValue();
    form.verified = setting.isVerified();
    return form;
  }

  SettingCommand toCommand() {
    return new SettingCommand(key, version, value, verified, reason);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public boolean isVerified() {
    return verified;
  }

  public void setVerified(boolean verified) {
    this.verified = verified;
  }
}
