package no.imdi.grants.settings;

/**
 * A change of one [verify] setting as the administrator makes it: the key, the version that was
 * opened (so a save after someone else's is refused), the new value as typed, whether the
 * administrator has verified the fact against its source, and the reason for the change (kept in
 * the audit trail).
 */
public record SettingCommand(
    String key, long version, String value, boolean verified, String reason) {

  public SettingCommand {
    reason = reason == null || reason.isBlank() ? null : reason.strip();
  }
}
