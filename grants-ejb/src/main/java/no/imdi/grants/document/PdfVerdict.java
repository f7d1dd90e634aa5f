package no.imdi.grants.document;

import java.util.Objects;

/**
 * The answer of a PDF check: accepted with the page count, size and SHA-256 of the unchanged bytes,
 * or refused with the reason a page shows and a technical detail for the server's log (never shown
 * to the sender: it may quote the file).
 */
public sealed interface PdfVerdict {

  boolean isAccepted();

  /** A PDF that parsed, has pages, is not encrypted, and holds no active content or attachment. */
  record Accepted(int pageCount, long size, Sha256 sha256) implements PdfVerdict {
    public Accepted {
      Objects.requireNonNull(sha256, "sha256");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /** A refused file, with its reason and where in the file the reason was found. */
  record Refused(UploadRefusal reason, String detail) implements PdfVerdict {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }
  }
}
