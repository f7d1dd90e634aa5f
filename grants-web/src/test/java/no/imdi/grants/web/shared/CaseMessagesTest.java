package no.imdi.grants.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.complaint.ComplaintState;
import no.imdi.grants.complaint.MinistryOutcome;
import no.imdi.grants.complaint.Timeliness;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.ApplicationState;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.disability.application.ExtensionState;
import no.imdi.grants.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every message the case verbs and the submit check can give has a bokmål and an English text with
 * the same placeholders, and every enum value they pass as an argument has a name in both.
 */
class CaseMessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  @ParameterizedTest(name = "{0}")
  @EnumSource(CaseMessage.class)
  void eachMessageHasBothTextsWithTheSamePlaceholders(CaseMessage message) {
    String nb = bundle("nb").getString(message.key());
    String en = bundle("en").getString(message.key());

    assertThat(placeholders(nb)).isEqualTo(placeholders(en));
    new MessageFormat(nb, Locale.forLanguageTag("nb"));
    new MessageFormat(en, Locale.ENGLISH);
    if (message.rule() != null) {
      assertThat(nb).contains(message.rule());
      assertThat(en).contains(message.rule());
    }
  }

  @Test
  void everyEnumValueUsedAsAnArgumentHasANameInBothLanguages() {
    Stream.of(
            ApplicationState.values(),
            GrantKind.values(),
            ProposalStatus.values(),
            ExtensionState.values(),
            DecisionOutcome.values(),
            ComplaintState.values(),
            MinistryOutcome.values(),
            Timeliness.values(),
            Role.values())
        .flatMap(Stream::of)
        .map(e -> "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name())
        .forEach(
            key -> {
              assertThat(bundle("nb").containsKey(key)).as(key).isTrue();
              assertThat(bundle("en").containsKey(key)).as(key).isTrue();
            });
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "no.imdi.grants.web.messages",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
