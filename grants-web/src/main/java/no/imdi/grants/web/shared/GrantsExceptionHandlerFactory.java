package no.imdi.grants.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link GrantsExceptionHandler} around the default exception handler of Faces. */
public class GrantsExceptionHandlerFactory extends ExceptionHandlerFactory {

  public GrantsExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new GrantsExceptionHandler(getWrapped().getExceptionHandler());
  }
}
