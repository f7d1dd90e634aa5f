package no.imdi.grants.web.user;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.municipality.MunicipalityDirectory;

/** The municipalities for the users' forms and filters, and a number's name for the tables. */
@Named("userMunicipalities")
@ApplicationScoped
public class Municipalities {

  @EJB private MunicipalityDirectory directory;

  private volatile Map<String, String> names;
  private volatile List<Municipality> all;

  public List<Municipality> getAll() {
    if (all == null) {
      all = directory.all();
    }
    return all;
  }

  /** "Oslo (0301)", or nothing for no municipality. */
  public String name(String number) {
    if (number == null) {
      return "";
    }
    if (names == null) {
      names =
          getAll().stream()
              .collect(
                  Collectors.toMap(Municipality::getNumber, Municipality::getName, (a, b) -> a));
    }
    return names.getOrDefault(number, "") + " (" + number + ")";
  }
}
