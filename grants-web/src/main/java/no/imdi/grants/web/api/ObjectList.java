package no.imdi.grants.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON array whose elements are each {@code null} or an object of the element type, and
 * refuses anything else: left alone, JSON-B (Yasson) skips a number or a string where an object
 * belongs, so a cost line sent as {@code "x"} would silently be left out of the calculation. The
 * refusal is a {@link JsonbException}, answered 400 naming the body. The bodies are small ({@link
 * RequestBodyLimit}), so each element is bound from its own JSON.
 */
abstract class ObjectList<T> implements JsonbDeserializer<List<T>> {

  private final Class<T> type;

  ObjectList(Class<T> type) {
    this.type = type;
  }

  @Override
  public List<T> deserialize(JsonParser parser, DeserializationContext context, Type listType) {
    JsonValue value = context.deserialize(JsonValue.class, parser);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      throw new JsonbException("Expected an array of " + type.getSimpleName());
    }
    List<T> list = new ArrayList<>();
    for (JsonValue element : array) {
      if (element.getValueType() == JsonValue.ValueType.NULL) {
        list.add(null);
      } else if (element.getValueType() == JsonValue.ValueType.OBJECT) {
        list.add(JsonbConfigResolver.jsonb().fromJson(element.toString(), type));
      } else {
        throw new JsonbException("Expected an object of " + type.getSimpleName());
      }
    }
    return list;
  }
}
