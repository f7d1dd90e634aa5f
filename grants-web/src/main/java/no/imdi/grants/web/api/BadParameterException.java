package no.imdi.grants.web.api;

import java.util.List;

/**
 * A request parameter (or the body) that cannot be read: missing, not a date, not one of the
 * allowed values. Answered 400 with a problem that names the parameter; the message key is
 * translated with {@code problem.} before it.
 */
public class BadParameterException extends RuntimeException {

  private final String parameter;
  private final String messageKey;
  private final transient List<Object> arguments;

  public BadParameterException(String parameter, String messageKey, Object... arguments) {
    super(parameter + ": " + messageKey);
    this.parameter = parameter;
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String parameter() {
    return parameter;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
