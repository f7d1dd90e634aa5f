package no.imdi.grants.admintest;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * The application maps no JSON columns; outside the server no JSON-B provider is on the class path
 * (the API jar alone makes Hibernate try one), so tests give Hibernate this mapper instead.
 */
final class NoJsonFormatMapper implements FormatMapper {

  @Override
  public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
    throw new UnsupportedOperationException("No JSON columns are mapped");
  }

  @Override
  public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
    throw new UnsupportedOperationException("No JSON columns are mapped");
  }
}
