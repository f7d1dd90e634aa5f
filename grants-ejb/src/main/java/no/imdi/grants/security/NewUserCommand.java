package no.imdi.grants.security;

/** A user as the administrator creates one: the municipality only for the municipality roles. */
public record NewUserCommand(
    String username, String displayName, String email, Role role, String municipalityNumber) {}
