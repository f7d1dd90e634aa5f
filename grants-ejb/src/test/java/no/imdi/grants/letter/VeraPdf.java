package no.imdi.grants.letter;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF for one flavour: compliant, or the rules it breaks. */
public final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  public record Verdict(boolean compliant, List<String> failures) {}

  private VeraPdf() {}

  public static Verdict validate(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      TreeSet<String> failed = new TreeSet<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(
              assertion.getRuleId().getClause()
                  + "-"
                  + assertion.getRuleId().getTestNumber()
                  + ": "
                  + assertion.getMessage());
        }
      }
      return new Verdict(result.isCompliant(), List.copyOf(failed));
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not validate the letter", e);
    }
  }
}
