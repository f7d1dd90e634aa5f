package no.imdi.grants.disability.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.PriorGrants;

/**
 * A case's applications as the rules need them: what was granted before (for the deadlines, R-DL-2
 * and R-DL-3, and for what may be applied for, R-T1-2, R-T-1), which grant year already has an open
 * or granted application, and whether a granted T2 rested on a specialist assessment that makes the
 * impairment's duration probable (R-DOC-7).
 */
public record CaseHistory(
    List<Application> applications,
    boolean t2GrantedOnSpecialistAssessment,
    boolean impairmentNotLastingOrTentative) {

  public CaseHistory {
    applications = List.copyOf(applications);
  }

  public static CaseHistory of(List<Application> applications, List<Decision> approved) {
    Optional<Decision> latestT2 =
        approved.stream()
            .filter(d -> d.getOutcome().granted())
            .filter(d -> d.getApplication().getKind() == GrantKind.T2)
            .max((a, b) -> Integer.compare(grantYear(a), grantYear(b)));
    return new CaseHistory(
        applications,
        latestT2.map(Decision::isDurableOnSpecialistAssessment).orElse(false),
        latestT2.map(Decision::isImpairmentNotLastingOrTentative).orElse(false));
  }

  /** What was granted, not counting the given application ({@code null}: count all). */
  public PriorGrants priorGrants(Application except) {
    Integer t1 =
        granted(except)
            .filter(a -> a.getKind() == GrantKind.T1)
            .map(Application::getGrantYear)
            .min(Integer::compare)
            .orElse(null);
    Set<Integer> t2 =
        granted(except)
            .filter(a -> a.getKind() == GrantKind.T2)
            .map(Application::getGrantYear)
            .collect(Collectors.toSet());
    return new PriorGrants(t1, t2);
  }

  /** The open or granted application of the grant year, if any (one year, one application). */
  public Optional<Application> occupying(int grantYear) {
    return applications.stream()
        .filter(a -> a.getGrantYear() == grantYear)
        .filter(a -> a.getState().isOpen() || a.isGranted())
        .findFirst();
  }

  /** An open conversion of the T1 application, if any. */
  public Optional<Application> openConversionOf(Application t1) {
    return applications.stream()
        .filter(a -> a.isConversion() && same(a.getConversionOf(), t1))
        .filter(a -> a.getState().isOpen())
        .findFirst();
  }

  private java.util.stream.Stream<Application> granted(Application except) {
    return applications.stream().filter(a -> a != except).filter(Application::isGranted);
  }

  private static boolean same(Application a, Application b) {
    return a == b || (a.getId() != null && a.getId().equals(b.getId()));
  }

  private static int grantYear(Decision decision) {
    return decision.getApplication().getGrantYear();
  }
}
