package no.imdi.grants.settings;

/**
 * A change of one [verify] setting as the administrator makes it: the key, the version that was
 * opened (so a save after someone else's is refused), the new value as typed, and whether the
 * administrator has verified the fact against its source.
 */
public record SettingCommand(String key, long version, String value, boolean verified) {}
