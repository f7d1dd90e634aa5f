package no.imdi.grants.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

  @Test
  void theLimitIs64KiB() {
    assertThat(RequestBodyLimit.MAX_BODY_BYTES).isEqualTo(65_536);
  }

  @Test
  void aBodyUpToTheLimitIsHandedOnWhole() throws IOException {
    byte[] body = new byte[RequestBodyLimit.MAX_BODY_BYTES];

    assertThat(
            RequestBodyLimit.read(new ByteArrayInputStream(body), RequestBodyLimit.MAX_BODY_BYTES))
        .hasValueSatisfying(read -> assertThat(read).hasSize(body.length));
    assertThat(RequestBodyLimit.read(InputStream.nullInputStream(), 10)).hasValue(new byte[0]);
  }

  @Test
  void aBodyOfUnknownLengthIsReadOnlyOneBytePastTheLimit() throws IOException {
    CountingEndlessStream endless = new CountingEndlessStream();

    assertThat(RequestBodyLimit.read(endless, RequestBodyLimit.MAX_BODY_BYTES)).isEmpty();
    assertThat(endless.read).isEqualTo(RequestBodyLimit.MAX_BODY_BYTES + 1L);
  }

  @Test
  void theProblemSaysTheLimitInTheRequestsLanguage() {
    assertThat(Problem.ofStatus(Locale.ENGLISH, 413, "Content Too Large", "64").detail())
        .isEqualTo("The request body can be at most 64 KiB.");
    assertThat(Problem.ofStatus(ApiTexts.BOKMAL, 413, "Content Too Large", "64").detail())
        .isEqualTo("Forespørselens kropp kan være høyst 64 KiB.");
  }

  /** A chunked body that never ends, counting what was read of it. */
  private static final class CountingEndlessStream extends InputStream {
    private long read;

    @Override
    public int read() {
      read++;
      return ' ';
    }
  }
}
