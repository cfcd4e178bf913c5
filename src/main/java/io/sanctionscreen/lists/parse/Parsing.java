package io.sanctionscreen.lists.parse;

import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Runs a parser body so that every failure surfaces as a {@link ListFormatException}. */
final class Parsing {

  private Parsing() {}

  /**
   * Runs the body; its failures, including any unexpected runtime exception, become a {@link
   * ListFormatException} whose message starts with the format's name.
   */
  static <T> T guard(String format, Supplier<T> body) {
    try {
      return body.get();
    } catch (ListFormatException e) {
      throw new ListFormatException(format + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new ListFormatException(
          format + ": the file cannot be read: " + e.getCause().getMessage(), e);
    } catch (RuntimeException e) {
      // A parser bug or content no rule foresaw: refuse the file rather than import part of it.
      throw new ListFormatException(format + ": unexpected content (" + e + ")", e);
    }
  }
}
