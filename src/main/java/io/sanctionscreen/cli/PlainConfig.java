package io.sanctionscreen.cli;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The service's configuration interfaces ({@code @ConfigMapping}) read without Quarkus, for the
 * command line: a property is taken from a system property, then the environment ({@code
 * SCREENING_MATCHING_REVIEW_THRESHOLD}), then {@code application.properties} (its {@code %prod.}
 * lines first), then the interface's {@code @WithDefault}. Covers the kinds of value the screening
 * configuration uses: numbers, strings, enums, optionals and maps of groups.
 */
final class PlainConfig {

  private final Map<String, String> file;

  PlainConfig() {
    Properties p = new Properties();
    try (InputStream in =
        PlainConfig.class.getClassLoader().getResourceAsStream("application.properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> m = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      if (!k.startsWith("%")) {
        m.put(k, p.getProperty(k));
      }
    }
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("%prod.")) {
        m.put(k.substring("%prod.".length()), p.getProperty(k));
      }
    }
    this.file = m;
  }

  /** An implementation of a configuration interface annotated {@code @ConfigMapping}. */
  <T> T mapping(Class<T> type) {
    return group(type, type.getAnnotation(ConfigMapping.class).prefix());
  }

  private <T> T group(Class<T> type, String prefix) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? type.getSimpleName() : null;
              }
              return value(method, prefix + "." + kebab(method.getName()));
            });
    return type.cast(proxy);
  }

  private Object value(Method method, String key) {
    Class<?> type = method.getReturnType();
    if (Map.class.isAssignableFrom(type)) {
      Type valueType =
          ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[1];
      Map<String, Object> out = new TreeMap<>();
      for (String k : keys()) {
        if (k.startsWith(key + ".")) {
          String name = k.substring(key.length() + 1);
          int dot = name.indexOf('.');
          if (dot > 0) {
            String child = name.substring(0, dot).replace("\"", "");
            out.computeIfAbsent(child, c -> group((Class<?>) valueType, key + "." + c));
          }
        }
      }
      return out;
    }
    String raw = raw(key);
    if (raw == null) {
      WithDefault d = method.getAnnotation(WithDefault.class);
      raw = d == null ? null : d.value();
    }
    if (type == Optional.class) {
      return Optional.ofNullable(raw);
    }
    if (type == OptionalDouble.class) {
      return raw == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(raw));
    }
    if (raw == null) {
      throw new IllegalStateException("no value for " + key);
    }
    if (type == double.class || type == Double.class) {
      return Double.parseDouble(raw);
    }
    if (type == int.class || type == Integer.class) {
      return Integer.parseInt(raw);
    }
    if (type == boolean.class || type == Boolean.class) {
      return Boolean.parseBoolean(raw);
    }
    if (type == String.class) {
      return raw;
    }
    if (type.isEnum()) {
      for (Object c : type.getEnumConstants()) {
        if (((Enum<?>) c).name().equalsIgnoreCase(raw.replace('-', '_'))) {
          return c;
        }
      }
      throw new IllegalStateException(key + ": unknown value " + raw);
    }
    throw new IllegalStateException(key + ": " + type + " is not read without the service");
  }

  private java.util.Set<String> keys() {
    java.util.Set<String> all = new java.util.TreeSet<>(file.keySet());
    all.addAll(System.getProperties().stringPropertyNames());
    return all;
  }

  private String raw(String key) {
    String v = System.getProperty(key);
    if (v == null) {
      v = System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
    }
    if (v == null) {
      v = file.get(key);
    }
    return v;
  }

  private static String kebab(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('-').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
