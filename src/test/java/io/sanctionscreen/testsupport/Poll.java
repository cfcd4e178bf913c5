package io.sanctionscreen.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

/** Bounded polling for tests that wait for the service to reach a state, never a fixed sleep. */
public final class Poll {

  private static final long PAUSE_MILLIS = 200;

  private Poll() {}

  /**
   * Calls {@code attempt} until it returns a non-null value, pausing briefly between calls.
   *
   * @return the first non-null value
   * @throws AssertionError if none came within {@code limit}; its message says what was awaited
   */
  public static <T> T until(Duration limit, String what, Supplier<T> attempt) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      T value = attempt.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + " in vain");
      }
      try {
        Thread.sleep(PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}
