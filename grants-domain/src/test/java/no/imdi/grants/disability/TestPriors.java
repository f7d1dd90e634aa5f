package no.imdi.grants.disability;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads what was granted before from a test table: "none", "T1:2", "T2:1 2", "T1:1 T2:2". */
final class TestPriors {

  private TestPriors() {}

  static PriorGrants parse(String text) {
    if (text == null || text.isBlank() || text.equals("none")) {
      return PriorGrants.none();
    }
    Integer t1 = null;
    Set<Integer> t2 = Set.of();
    for (String part : text.trim().split("(?=T[12]:)")) {
      String[] kindAndYears = part.trim().split(":");
      Set<Integer> years =
          Arrays.stream(kindAndYears[1].trim().split("\\s+"))
              .map(Integer::valueOf)
              .collect(Collectors.toSet());
      if (kindAndYears[0].equals("T1")) {
        t1 = years.iterator().next();
      } else {
        t2 = years;
      }
    }
    return new PriorGrants(t1, t2);
  }
}
