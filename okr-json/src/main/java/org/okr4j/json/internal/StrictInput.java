package org.okr4j.json.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.json.OkrJsonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Bytes in, strictly: detects UTF-8, UTF-16 or UTF-32 (RFC 8259 §8.1, RFC 4627 §3, with or without
 * a byte order mark) and hands Jackson either the bytes (UTF-8, which Jackson decodes strictly
 * itself) or a decoder that refuses malformed input instead of replacing it with U+FFFD. Failures
 * to decode become {@link OkrJsonException}s; only a failure of the stream itself stays an I/O
 * error.
 */
public final class StrictInput {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private StrictInput() {}

  /**
   * A parser over the bytes of a JSON document.
   *
   * @param factory the factory with the reader's constraints
   * @param in the bytes; not closed
   * @return the parser
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static JsonParser parser(JsonFactory factory, InputStream in) {
    PushbackInputStream pushback = new PushbackInputStream(in, 4);
    byte[] head = new byte[4];
    int n;
    try {
      n = readUpTo(pushback, head);
      pushback.unread(head, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Detected d = detect(head, n);
    if (d == null) {
      throw new OkrJsonException(
          "",
          1,
          1,
          "malformed text: the first bytes ("
              + hex(head, n)
              + ") hold a zero byte in no pattern of UTF-8, UTF-16 or UTF-32 JSON (RFC 8259 §8.1)",
          null);
    }
    if (d.charset.equals(StandardCharsets.UTF_8)) {
      return factory.createParser(ObjectReadContext.empty(), pushback);
    }
    try {
      long skipped = pushback.skip(d.bomLength);
      if (skipped != d.bomLength) {
        throw new IllegalStateException("byte order mark not skipped");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Reader reader =
        new InputStreamReader(
            pushback,
            d.charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return factory.createParser(ObjectReadContext.empty(), reader);
  }

  private static int readUpTo(InputStream in, byte[] into) throws IOException {
    int n = 0;
    while (n < into.length) {
      int r = in.read(into, n, into.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  /** An encoding and the length of its byte order mark. */
  private record Detected(Charset charset, int bomLength) {}

  private static @Nullable Detected detect(byte[] b, int n) {
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return new Detected(UTF_32BE, 4);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return new Detected(UTF_32LE, 4);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (n == 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      return new Detected(UTF_32BE, 0);
    }
    if (n == 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return new Detected(UTF_32LE, 0);
    }
    if (n >= 2 && b0 == 0 && b1 != 0) {
      return new Detected(StandardCharsets.UTF_16BE, 0);
    }
    if (n >= 2 && b0 != 0 && b1 == 0) {
      return new Detected(StandardCharsets.UTF_16LE, 0);
    }
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        // UTF-8 JSON holds no zero byte; the patterns above are the only places one may be.
        return null;
      }
    }
    return new Detected(StandardCharsets.UTF_8, 0);
  }

  private static String hex(byte[] b, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", b[i] & 0xFF));
    }
    return sb.toString();
  }

  /**
   * What a failure to read the input becomes: an {@link OkrJsonException} when the bytes are not
   * text in their encoding, otherwise the I/O error unchecked.
   *
   * @param parser the parser, for the location
   * @param e the failure
   * @return the exception to throw
   */
  public static RuntimeException failure(@Nullable JsonParser parser, JacksonIOException e) {
    Throwable cause = e.getCause();
    if (cause instanceof CharConversionException || cause instanceof CharacterCodingException) {
      TokenStreamLocation l = parser == null ? null : parser.currentLocation();
      return new OkrJsonException(
          "",
          l == null ? -1 : l.getLineNr(),
          l == null ? -1 : l.getColumnNr(),
          "malformed text: the input is not valid UTF-8, UTF-16 or UTF-32 ("
              + Cursor.abbreviate(String.valueOf(cause.getMessage()))
              + ")",
          e);
    }
    IOException io = cause instanceof IOException x ? x : new IOException(e.getMessage(), e);
    return new UncheckedIOException(io);
  }
}
