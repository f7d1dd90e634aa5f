package no.imdi.grants.casefile;

/**
 * The grant scheme a case file belongs to. A person has at most one case per scheme; today only the
 * disability grant (T1/T2, *tilskudd for bosetting av personer med nedsatt funksjonsevne eller
 * atferdsvansker*) is handled as cases.
 */
public enum Scheme {
  DISABILITY_GRANT
}
