package io.sanctionscreen.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a request body on only while it is well-formed UTF-8 (RFC 3629, Unicode table 3-7): no
 * overlong form ({@code C0 AF} for "/"), no surrogate, nothing past U+10FFFF, no stray or missing
 * continuation byte. JSON and CSV readers decode leniently (Jackson takes {@code C0 AF} for "/", a
 * reader replaces a bad byte), so that a name would be stored as something the caller never sent;
 * this refuses it with {@link Malformed} instead.
 */
final class Utf8Body extends FilterInputStream {

  /** The body is not UTF-8; answered 400. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    Malformed(long offset) {
      super("The request body is not valid UTF-8 (at byte " + offset + ")");
    }
  }

  /** Continuation bytes still expected. */
  private int needed;

  /** Bounds of the next continuation byte (narrower after E0, ED, F0, F4). */
  private int low = 0x80;

  private int high = 0xbf;
  private long offset;

  Utf8Body(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      end();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n < 0) {
      end();
    }
    for (int i = 0; i < n; i++) {
      check(buf[off + i] & 0xff);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    return Math.max(read(buf, 0, buf.length), 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void end() throws Malformed {
    if (needed > 0) {
      throw new Malformed(offset);
    }
  }

  private void check(int b) throws Malformed {
    if (needed > 0) {
      if (b < low || b > high) {
        throw new Malformed(offset);
      }
      low = 0x80;
      high = 0xbf;
      needed--;
    } else if (b >= 0x80) {
      if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
      } else if (b >= 0xe0 && b <= 0xef) {
        needed = 2;
        if (b == 0xe0) {
          low = 0xa0;
        } else if (b == 0xed) {
          high = 0x9f;
        }
      } else if (b >= 0xf0 && b <= 0xf4) {
        needed = 3;
        if (b == 0xf0) {
          low = 0x90;
        } else if (b == 0xf4) {
          high = 0x8f;
        }
      } else {
        throw new Malformed(offset);
      }
    }
    offset++;
  }
}
