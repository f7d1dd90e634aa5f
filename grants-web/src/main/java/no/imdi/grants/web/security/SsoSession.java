package no.imdi.grants.web.security;

import java.io.Serializable;

/**
 * What a session that began with a login through the identity provider keeps for the logout: the ID
 * token, sent back as {@code id_token_hint} so that the provider ends its own session too (OpenID
 * Connect RP-Initiated Logout 1.0).
 */
record SsoSession(String idToken) implements Serializable {

  static final String ATTRIBUTE = SsoSession.class.getName();
}
