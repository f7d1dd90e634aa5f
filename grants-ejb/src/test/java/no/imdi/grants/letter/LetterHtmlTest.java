package no.imdi.grants.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import no.imdi.grants.complaint.DecisionKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

class LetterHtmlTest {

  private static final LetterRenderer RENDERER = new LetterRenderer(TestLetters.clock());

  static List<LetterModel> everyKind() {
    return TestLetters.everyKind();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("everyKind")
  @DisplayName("every letter is well-formed XHTML in bokmål with a title")
  void wellFormed(LetterModel letter) throws Exception {
    String html = RENDERER.html(letter);

    var document =
        DocumentBuilderFactory.newDefaultInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(html)));
    assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("nb");
    assertThat(document.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo(letter.title());
    assertThat(html).doesNotContain("<a ", "float", "<img", "<script", "http://", "https://");
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("everyKind")
  @DisplayName(
      "R-AP-1, R-AP-2: only a dismissal tells of a complaint right; a grant decision says"
          + " it cannot be appealed")
  void R_AP_1_complaintRightFollowsTheDecision(LetterModel letter) {
    String html = RENDERER.html(letter);

    boolean dismissal =
        letter.content().decision().map(DecisionKind::isIndividualDecision).orElse(false);
    boolean grantDecision = letter.content().decision().isPresent() && !dismissal;
    assertThat(html.contains("Kommunen kan klage")).isEqualTo(dismissal);
    assertThat(html.contains("<h2>Klagefrist</h2>")).isEqualTo(dismissal);
    assertThat(html.contains("kan ikke påklages (R-AP-1)")).isEqualTo(grantDecision);
  }

  @Test
  @DisplayName("hostile values are text, never markup")
  void hostileValuesEscaped() throws Exception {
    LetterModel letter =
        TestLetters.withRecipient(
            TestLetters.grantT2(),
            new Recipient(
                "<script>alert('x')</script> & Co \"kommune\"",
                "0301",
                List.of("]]><b>fet</b>", "{{caseNumber}} &amp; <!-- -->")));

    String html = RENDERER.html(letter);

    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co &quot;kommune&quot;")
        .contains("]]&gt;&lt;b&gt;fet&lt;/b&gt;")
        .contains("{{caseNumber}} &amp;amp; &lt;!-- --&gt;")
        .doesNotContain("<script", "<b>");
    DocumentBuilderFactory.newDefaultInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(html)));
  }

  @Test
  @DisplayName("characters XML cannot hold and bidirectional overrides are dropped")
  void controlCharactersDropped() {
    XmlText text = new XmlText(c -> true);

    assertThat(text.escape("A\u0000B\u0008C\u001FD\uFFFEE\uD800F")).isEqualTo("ABCDEF");
    assertThat(text.escape("Oslo\u202Eenummok")).isEqualTo("Osloenummok");
    assertThat(text.escape("linje 1\nlinje 2\ttab")).isEqualTo("linje 1 linje 2 tab");
  }

  @Test
  @DisplayName("a character the font cannot show becomes U+FFFD")
  void missingGlyphReplaced() {
    XmlText text = new XmlText(c -> c < 0x3000);

    assertThat(text.escape("Tiltak 漢字")).isEqualTo("Tiltak \uFFFD\uFFFD");
  }

  @Test
  @DisplayName("amounts and paragraph signs are kept on one line")
  void noBreakInAmounts() {
    XmlText text = new XmlText(c -> true);

    assertThat(text.escape("1 520 000 kr og 15 000 kr etter § 29, tilskuddsår 1 (2026)"))
        .isEqualTo(
            "1\u00A0520\u00A0000\u00A0kr og 15\u00A0000\u00A0kr etter §\u00A029, tilskuddsår 1 (2026)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "layout",
        "grant",
        "refusal",
        "dismissal",
        "extension-reply",
        "conversion-reply",
        "complaint-receipt",
        "complaint-interim-reply",
        "complaint-dismissal",
        "complaint-reversal",
        "complaint-statement",
        "ministry-decision",
        "parts/complaint",
        "parts/complaint-intro",
        "parts/measures",
        "parts/no-complaint-right",
        "parts/payout",
        "parts/reasons",
        "parts/report",
        "parts/signatures"
      })
  @DisplayName("no template writes a value unescaped")
  void noUnescapedValues(String template) throws IOException {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("letters/" + template + ".html")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).doesNotContain("{{{", "{{&", "{{=");
    }
  }
}
