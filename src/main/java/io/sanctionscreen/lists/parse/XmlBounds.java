package io.sanctionscreen.lists.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches the bytes on their way to the XML parser and refuses a file as soon as one of its parts
 * passes a limit of {@link InputLimits}: a run of text or of white space between elements, a
 * comment, a CDATA section, an attribute value, a tag, a processing instruction or a declaration.
 * The parser holds each of these whole in memory before it reports it, even the ones the list
 * parsers skip (comments, white space between records), so the bound has to sit in front of it.
 *
 * <p>It follows the markup without decoding the text: the characters that delimit XML constructs
 * are ASCII, so bytes serve for ASCII-compatible encodings (UTF-8, ISO-8859-x, windows-125x) and
 * 16-bit units for UTF-16. A multi-byte character counts as several, so a limit is never exceeded
 * by more than it says. UTF-32 and EBCDIC, which no list uses, are refused.
 */
final class XmlBounds extends FilterInputStream {

  private enum State {
    TEXT,
    MARKUP,
    BANG,
    COMMENT_OPEN,
    COMMENT,
    CDATA_OPEN,
    CDATA,
    PI,
    DECLARATION,
    TAG
  }

  private State state = State.TEXT;

  /** 0 until the encoding is known from the first bytes, then 1 (bytes) or 2 (UTF-16 units). */
  private int width;

  private boolean bigEndian;
  private final byte[] head = new byte[4];
  private int headLength;
  private int pendingByte = -1;

  private long line = 1;

  /** The current run of character data: length, whether all white space, where it started. */
  private long text;

  private boolean blank = true;
  private long textLine = 1;

  /** The current construct other than text: length and where it started. */
  private long length;

  private long constructLine;
  private long attribute;
  private int quote;
  private int depth;
  private int repeats;

  XmlBounds(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      feed(b);
    } else {
      end();
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      feed(buf[off + i] & 0xff);
    }
    if (n < 0) {
      end();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes are looked at like read ones.
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    int r = read(buf, 0, buf.length);
    return Math.max(r, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported: bytes read again would be counted twice
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  private void feed(int b) {
    if (width == 0) {
      head[headLength++] = (byte) b;
      if (headLength == head.length) {
        decide();
      }
      return;
    }
    if (width == 1) {
      unit(b);
    } else if (pendingByte < 0) {
      pendingByte = b;
    } else {
      unit(bigEndian ? (pendingByte << 8) | b : (b << 8) | pendingByte);
      pendingByte = -1;
    }
  }

  private void end() {
    if (width == 0) {
      decide();
    }
  }

  /** Chooses the unit width from the first bytes (XML 1.0, appendix F), then reads them. */
  private void decide() {
    int b0 = headLength > 0 ? head[0] & 0xff : -1;
    int b1 = headLength > 1 ? head[1] & 0xff : -1;
    int b2 = headLength > 2 ? head[2] & 0xff : -1;
    int b3 = headLength > 3 ? head[3] & 0xff : -1;
    boolean utf32 =
        (b0 == 0 && b1 == 0 && (b2 == 0xfe && b3 == 0xff || b2 == 0 && b3 == 0x3c))
            || (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0)
            || (b0 == 0x3c && b1 == 0 && b2 == 0 && b3 == 0);
    if (utf32) {
      throw new ListFormatException("the file is encoded in UTF-32, which no list uses; refused");
    }
    if (b0 == 0x4c && b1 == 0x6f && b2 == 0xa7 && b3 == 0x94) {
      throw new ListFormatException("the file is encoded in EBCDIC, which no list uses; refused");
    }
    if (b0 == 0xfe && b1 == 0xff || b0 == 0 && b1 == 0x3c && b2 == 0 && b3 == 0x3f) {
      width = 2;
      bigEndian = true;
    } else if (b0 == 0xff && b1 == 0xfe || b0 == 0x3c && b1 == 0 && b2 == 0x3f && b3 == 0) {
      width = 2;
      bigEndian = false;
    } else {
      width = 1;
    }
    int n = headLength;
    headLength = 0;
    for (int i = 0; i < n; i++) {
      feed(head[i] & 0xff);
    }
  }

  /** One character (or byte of one) of the document. */
  private void unit(int c) {
    if (c == '\n') {
      line++;
    }
    switch (state) {
      case TEXT -> {
        if (c == '<') {
          state = State.MARKUP;
        } else {
          addText(c);
        }
      }
      case MARKUP -> {
        if (c == '!') {
          state = State.BANG;
        } else if (c == '?') {
          startConstruct(State.PI);
        } else {
          startConstruct(State.TAG);
          quote = 0;
        }
      }
      case BANG -> {
        if (c == '-') {
          startConstruct(State.COMMENT_OPEN);
        } else if (c == '[') {
          // A CDATA section continues the text around it: the parser joins them into one value.
          state = State.CDATA_OPEN;
          repeats = 0;
          blank = false;
        } else {
          startConstruct(State.DECLARATION);
          quote = 0;
          depth = 0;
          declaration(c);
        }
      }
      case COMMENT_OPEN -> {
        // The second dash of "<!--" opens the comment; it does not count towards closing it.
        state = State.COMMENT;
        repeats = 0;
      }
      case COMMENT -> {
        grow(InputLimits.MAX_COMMENT, "comment");
        if (c == '>' && repeats >= 2) {
          endConstruct();
        }
        repeats = c == '-' ? repeats + 1 : 0;
      }
      case CDATA_OPEN -> {
        // "CDATA[" after "<![".
        if (++repeats == 6) {
          state = State.CDATA;
          repeats = 0;
        }
      }
      case CDATA -> {
        addText(c);
        if (c == '>' && repeats >= 2) {
          state = State.TEXT;
        }
        repeats = c == ']' ? repeats + 1 : 0;
      }
      case PI -> {
        grow(InputLimits.MAX_TAG, "processing instruction");
        if (c == '>' && repeats == '?') {
          endConstruct();
        }
        repeats = c;
      }
      case DECLARATION -> declaration(c);
      case TAG -> tag(c);
    }
  }

  private void addText(int c) {
    text++;
    if (blank && !(c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      blank = false;
    }
    if (blank ? text > InputLimits.MAX_WHITESPACE : text > InputLimits.MAX_TEXT) {
      throw new ListFormatException(
          (blank ? "white space between XML elements" : "XML text")
              + " from line "
              + textLine
              + " is longer than the limit of "
              + (blank ? InputLimits.MAX_WHITESPACE : InputLimits.MAX_TEXT)
              + " characters");
    }
  }

  private void startConstruct(State s) {
    state = s;
    length = 0;
    constructLine = line;
    repeats = 0;
    text = 0;
    blank = true;
  }

  private void endConstruct() {
    state = State.TEXT;
    text = 0;
    blank = true;
    textLine = line;
  }

  private void grow(int max, String what) {
    if (++length > max) {
      throw new ListFormatException(
          "an XML "
              + what
              + " from line "
              + constructLine
              + " is longer than the limit of "
              + max
              + " characters");
    }
  }

  private void declaration(int c) {
    grow(InputLimits.MAX_TAG, "declaration");
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[') {
      depth++;
    } else if (c == ']') {
      depth--;
    } else if (c == '>' && depth <= 0) {
      endConstruct();
    }
  }

  private void tag(int c) {
    grow(InputLimits.MAX_TAG, "tag");
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else if (++attribute > InputLimits.MAX_ATTRIBUTE) {
        throw new ListFormatException(
            "an XML attribute value from line "
                + constructLine
                + " is longer than the limit of "
                + InputLimits.MAX_ATTRIBUTE
                + " characters");
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
      attribute = 0;
    } else if (c == '>') {
      endConstruct();
    }
  }
}
