package no.imdi.grants.web.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import no.imdi.grants.settings.SettingValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every setting on the settings page has its name and help text in bokmål and English. */
class SettingTextsTest {

  @Test
  @DisplayName("R-PAY-3: every listed setting, the payment run's too, is named and explained")
  void R_PAY_3_everySettingHasItsTexts() throws IOException {
    List<String> keys = new ArrayList<>();
    for (String key : SettingValidator.KEYS) {
      keys.add("setting." + key);
      keys.add("settings.help." + key);
    }
    keys.addAll(
        List.of(
            "paygap.settings.chunk",
            "paygap.settings.seconds",
            "paygap.settings.day",
            "problem.paygap.setting.range",
            "problem.paygap.setting.status",
            "calendar.settings.requests"));
    assertThat(SettingValidator.KEYS)
        .contains(
            "payment.chunkSize",
            "payment.bankAcceptedStatuses",
            "payment.changeLog.retentionDays",
            "calendar.pastDays",
            "calendar.requestsPerToken",
            "calendar.requestsPerAddress");
    Properties nb = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");
    assertThat(keys).allSatisfy(k -> assertThat(nb).containsKey(k));
    assertThat(keys).allSatisfy(k -> assertThat(en).containsKey(k));
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/no/imdi/grants/web", name))) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
