package no.imdi.grants.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import no.imdi.grants.document.UploadRefusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UploadTextsTest {

  private static final Locale BOKMAL = Locale.forLanguageTag("nb");

  @ParameterizedTest(name = "{0} has a text in bokmål and in English")
  @EnumSource(UploadRefusal.class)
  void everyRefusalHasATextInBothLanguages(UploadRefusal reason) {
    String bokmal = bundle(BOKMAL).getString(reason.messageKey());
    String english = bundle(Locale.ENGLISH).getString(reason.messageKey());

    assertThat(bokmal).isNotBlank().isNotEqualTo(english);
    assertThat(english).isNotBlank();
  }

  @ParameterizedTest(name = "the size limit reads in {0}")
  @EnumSource(
      value = UploadRefusal.class,
      names = {"TOO_LARGE"})
  void theSizeRefusalStatesTheLimit(UploadRefusal reason) {
    assertThat(format(BOKMAL, reason.messageKey(), 20)).startsWith("Filen er større enn 20 MB.");
    assertThat(format(Locale.ENGLISH, reason.messageKey(), 20))
        .startsWith("The file is larger than 20 MB.");
  }

  private static String format(Locale locale, String key, Object argument) {
    return new MessageFormat(bundle(locale).getString(key), locale).format(new Object[] {argument});
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "no.imdi.grants.web.messages",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
