package no.imdi.grants.web.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;

/**
 * IMDi's request for documentation as the officer writes it: the subject, the text to the
 * municipality and the reply date (typed as people type dates); the application waits for it.
 */
public class DocumentationRequestForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String subject;
  private String text;
  private DateInput replyBy;

  /** The reply date, or null with the problem shown on the field. */
  LocalDate replyBy(String formId, Messages messages) {
    InputProblems typed = new InputProblems();
    LocalDate date = typed.date("replyBy", replyBy);
    typed.required("replyBy", date);
    if (!typed.isEmpty()) {
      messages.addProblems(formId, typed.with(List.of()));
      return null;
    }
    return date;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public DateInput getReplyBy() {
    return replyBy;
  }

  public void setReplyBy(DateInput replyBy) {
    this.replyBy = replyBy;
  }
}
