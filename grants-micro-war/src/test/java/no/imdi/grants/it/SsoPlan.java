package no.imdi.grants.it;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Whether this run includes {@link SingleSignOnIT}: only then does {@link TestEnvironment} start
 * Keycloak, before the shared application, which it then starts with the provider configured. A run
 * without it starts no Keycloak and an application without a provider, exactly as before.
 */
public final class SsoPlan implements TestExecutionListener {

  private static volatile boolean included;

  static boolean includesSingleSignOn() {
    return included;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    included =
        plan.getRoots().stream()
            .flatMap(root -> plan.getDescendants(root).stream())
            .anyMatch(
                t ->
                    t.getSource()
                        .filter(
                            s ->
                                s instanceof ClassSource c
                                    && c.getClassName().equals(SingleSignOnIT.class.getName()))
                        .isPresent());
  }
}
