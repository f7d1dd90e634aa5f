package no.imdi.grants.casefile;

import no.imdi.grants.municipality.Municipality;

/** How the journal names the parties of a case's correspondence. */
public final class Parties {

  public static final String IMDI = "Integrerings- og mangfoldsdirektoratet (IMDi)";

  private Parties() {}

  public static String of(Municipality municipality) {
    return municipality.getName() + " kommune";
  }
}
