package no.imdi.grants.bench.load;

/** The requests a virtual user makes, each timed and counted on its own. */
enum Page {
  LOGIN_FORM("login form (GET)"),
  LOGIN("login (POST)"),
  HOME("home redirect"),
  SETTLEMENTS("settlements list"),
  SETTLEMENTS_PAGING("settlements paging (AJAX)"),
  PERSON("person"),
  CALCULATOR("calculator");

  private final String label;

  Page(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
