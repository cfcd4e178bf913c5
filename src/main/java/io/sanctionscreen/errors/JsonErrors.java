package io.sanctionscreen.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.List;

/**
 * Describes JSON errors in the caller's terms (the field and what was wrong with it), never with
 * the class names Jackson puts in its own messages.
 */
public final class JsonErrors {

  private JsonErrors() {}

  /** "field: what was wrong", or a description of malformed JSON. */
  public static String describe(JsonProcessingException e) {
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return fieldPath(m) + ": " + message(m);
    }
    var loc = e.getLocation();
    return "not valid JSON"
        + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
        + ": "
        + e.getOriginalMessage();
  }

  /** The path of the field a mapping error is about, "body" for the whole body. */
  public static String fieldPath(JsonMappingException m) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? "body" : b.toString();
  }

  /** What was wrong with the field, in the caller's terms. */
  public static String message(JsonMappingException m) {
    if (m instanceof UnrecognizedPropertyException u) {
      return "unknown field; known fields are " + u.getKnownPropertyIds();
    }
    if (m instanceof ValueInstantiationException v && v.getCause() != null) {
      return v.getCause().getMessage();
    }
    if (m instanceof InvalidFormatException f) {
      if (f.getTargetType() != null && f.getTargetType().isEnum()) {
        return "'"
            + f.getValue()
            + "' is not one of "
            + Arrays.toString(f.getTargetType().getEnumConstants());
      }
      return "'" + f.getValue() + "' is not a valid " + simpleType(f.getTargetType());
    }
    if (m.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null) {
      return iae.getMessage();
    }
    return "expected a " + simpleType(targetType(m)) + " value";
  }

  private static Class<?> targetType(JsonMappingException m) {
    if (m instanceof MismatchedInputException mi) {
      return mi.getTargetType();
    }
    return null;
  }

  private static String simpleType(Class<?> type) {
    if (type == null) {
      return "valid";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "number";
    }
    if (type == String.class) {
      return "string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "array";
    }
    return "object";
  }
}
