package io.sanctionscreen.screening;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for screenings, from one cryptographic generator per thread. {@link
 * UUID#randomUUID()} draws from one generator shared by the whole JVM under a lock: under load the
 * screening threads queued on it (a JFR profile showed waits of 40 to 130 ms on a busy machine).
 */
final class ScreeningIds {

  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(ScreeningIds::generator);

  private ScreeningIds() {}

  /** A new random UUID, as {@link UUID#randomUUID()} makes it. */
  static String next() {
    byte[] b = new byte[16];
    RANDOM.get().nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4
    b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (b[i] & 0xff);
      lsb = (lsb << 8) | (b[i + 8] & 0xff);
    }
    return new UUID(msb, lsb).toString();
  }

  private static SecureRandom generator() {
    try {
      // A DRBG of its own per thread, seeded from the system's entropy once: no shared lock.
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
