package no.imdi.grants.letter;

import java.util.Optional;
import no.imdi.grants.complaint.DecisionKind;

/**
 * What a letter says beyond its head: one record per {@link LetterKind}, each holding the facts its
 * template needs, already decided and computed by the rules (amounts, dates, reasons).
 */
public sealed interface LetterContent
    permits GrantLetter,
        RefusalLetter,
        DismissalLetter,
        ExtensionReply,
        ConversionReply,
        AccountsOutcomeLetter,
        ComplaintLetterContent {

  LetterKind kind();

  /** The application or request the letter answers. */
  GrantSubject subject();

  /**
   * The decision the letter gives notice of, which decides what it says about complaints (R-AP-1,
   * R-AP-2); empty for a reply to a request for a later deadline, which decides no grant.
   */
  Optional<DecisionKind> decision();
}
