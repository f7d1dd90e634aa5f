package no.imdi.grants.demo;

import java.util.List;

/**
 * The demo logins, one per role (and a second municipality, to show the municipality scope). They
 * exist only when the application runs in demo mode; the run command prints them.
 */
public final class DemoUsers {

  /** The password of every demo user. */
  public static final String PASSWORD = "Tilskudd-demo-2026";

  /** A demo login: username, role, municipality number (or null), display name. */
  public record DemoUser(String username, String role, String municipality, String displayName) {}

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser("kommune.oslo", "MUNICIPALITY_CASEWORKER", "0301", "Kari Nordmann (Oslo)"),
          new DemoUser("okonomi.oslo", "MUNICIPALITY_FINANCE", "0301", "Ola Hansen (Oslo)"),
          new DemoUser("kommune.bergen", "MUNICIPALITY_CASEWORKER", "4601", "Ingrid Berg (Bergen)"),
          new DemoUser("imdi.saksbehandler", "IMDI_CASEWORKER", null, "Per Olsen (IMDi)"),
          new DemoUser("imdi.godkjenner", "IMDI_APPROVER", null, "Anne Lie (IMDi)"),
          new DemoUser("departementet", "MINISTRY", null, "Arbeids- og inkluderingsdepartementet"),
          new DemoUser("admin", "ADMIN", null, "Systemadministrator"));

  private DemoUsers() {}
}
