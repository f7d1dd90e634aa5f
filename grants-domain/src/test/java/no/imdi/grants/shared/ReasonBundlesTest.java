package no.imdi.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.imdi.grants.complaint.DecisionKind;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.disability.documentation.HealthEvidence;
import no.imdi.grants.disability.documentation.NotToAttach;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.integrationgrant.MoveSplitRule;
import no.imdi.grants.integrationgrant.Share;
import no.imdi.grants.settlement.UdiHousing;
import org.junit.jupiter.api.Test;

/**
 * The reasons bundles stay usable for translators and complete for the code: every translation
 * ({@code reasons_en.properties}, and any {@code reasons_xx.properties} added later) has the keys
 * of the bokmål bundle, every value is a {@link MessageFormat} pattern with the same arguments, an
 * apostrophe is always written {@code ''} (a single one would swallow the rest of the sentence),
 * every kind the reasons name has its {@code Class.CONSTANT} key, and every key the rules' code
 * cites exists.
 */
class ReasonBundlesTest {

  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\"((?:R-[A-Z0-9-]+|[a-z][A-Za-z]*)\\.[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9])\"");

  @Test
  void everyTranslationHasTheKeysAndArgumentsOfBokmal() throws IOException {
    Properties nb = load("reasons.properties");
    assertThat(translations()).contains("reasons_en.properties");
    for (String file : translations()) {
      Properties translated = load(file);
      assertThat(translated.stringPropertyNames()).as(file).isEqualTo(nb.stringPropertyNames());
      for (String key : nb.stringPropertyNames()) {
        assertThat(arguments(translated.getProperty(key)))
            .as(file + " " + key)
            .isEqualTo(arguments(nb.getProperty(key)));
      }
    }
  }

  @Test
  void theParsedPatternsReadAsMessageFormatReadsThem() throws IOException {
    for (String file : files()) {
      Properties bundle = load(file);
      for (String key : bundle.stringPropertyNames()) {
        String pattern = bundle.getProperty(key);
        MessageFormat format = new MessageFormat(pattern, Locale.ENGLISH);
        Object[] args = new Object[format.getFormatsByArgumentIndex().length];
        for (int count = 1; count <= 2; count++) {
          for (int i = 0; i < args.length; i++) {
            args[i] = pattern.contains("{" + i + ",choice,") ? count : "<" + i + ">";
          }
          assertThat(ReasonPattern.parse(pattern, Locale.ENGLISH).format(args, String::valueOf))
              .as(file + " " + key)
              .isEqualTo(format.format(args));
        }
      }
    }
  }

  @Test
  void apostrophesAreDoubled() throws IOException {
    for (String file : files()) {
      Properties bundle = load(file);
      for (String key : bundle.stringPropertyNames()) {
        assertThat(LONE_APOSTROPHE.matcher(bundle.getProperty(key)).find())
            .as(file + " " + key)
            .isFalse();
      }
    }
  }

  @Test
  void everyKindTheReasonsNameHasItsName() throws IOException {
    Properties nb = load("reasons.properties");
    List<Class<? extends Enum<?>>> kinds =
        List.of(
            Household.class,
            Share.class,
            InstalmentTerm.class,
            MoveSplitRule.class,
            UdiHousing.class,
            TimeCategory.class,
            HealthEvidence.class,
            NotToAttach.class,
            DecisionKind.class);
    for (Class<? extends Enum<?>> kind : kinds) {
      for (Enum<?> constant : kind.getEnumConstants()) {
        assertThat(nb).containsKey(kind.getSimpleName() + "." + constant.name());
      }
    }
  }

  @Test
  void everyKeyTheCodeCitesExists() throws IOException {
    Properties nb = load("reasons.properties");
    Set<String> cited = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (!source.contains("Reason")) {
          continue;
        }
        Matcher m = KEY_LITERAL.matcher(source);
        while (m.find()) {
          cited.add(m.group(1));
        }
      }
    }
    cited.removeIf(key -> key.startsWith("no.imdi."));
    assertThat(cited).hasSizeGreaterThan(120);
    assertThat(nb.stringPropertyNames()).containsAll(cited);
  }

  /** The translations next to the bokmål bundle: {@code reasons_en.properties}, ... */
  private static List<String> translations() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/no/imdi/grants"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("reasons_") && f.endsWith(".properties"))
          .sorted()
          .toList();
    }
  }

  private static List<String> files() throws IOException {
    return Stream.concat(Stream.of("reasons.properties"), translations().stream()).toList();
  }

  private static Set<Integer> arguments(String pattern) {
    MessageFormat format = new MessageFormat(pattern);
    Set<Integer> used = new TreeSet<>();
    for (int i = 0; i < format.getFormatsByArgumentIndex().length; i++) {
      if (pattern.contains("{" + i + "}") || pattern.contains("{" + i + ",")) {
        used.add(i);
      }
    }
    return used;
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ReasonTexts.class.getResourceAsStream("/no/imdi/grants/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
