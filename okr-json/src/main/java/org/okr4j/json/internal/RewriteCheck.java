package org.okr4j.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.okr4j.core.model.Report;
import org.okr4j.json.OkrJsonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Checks that what was read can be written and read back under the same limits: its canonical form
 * is written to a counter, never kept.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RewriteCheck {
  private final int maxNestingDepth;
  private final long maxDocumentLength;
  private final JsonFactory factory;

  /**
   * A check against the reader's limits.
   *
   * @param maxNestingDepth the deepest nesting the reader accepts
   * @param maxDocumentLength the longest document the reader accepts, in characters
   */
  public RewriteCheck(int maxNestingDepth, long maxDocumentLength) {
    this.maxNestingDepth = maxNestingDepth;
    this.maxDocumentLength = maxDocumentLength;
    this.factory =
        JsonFactory.builder()
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(maxNestingDepth).build())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }

  /**
   * Refuses a report whose canonical form these limits could not read back: longer than the
   * document limit (the canonical layout indents, so it may be several times longer than a compact
   * input) or nested deeper than the nesting limit. What is read can always be written and read
   * again with the same limits.
   *
   * @param report the report just read
   * @throws OkrJsonException if its canonical form is too long or too deep
   */
  public void requireRewritable(Report report) {
    // The canonical text ends with a line break after the report.
    LengthCheck out = new LengthCheck(maxDocumentLength - 1);
    try (JsonGenerator g = factory.createGenerator(CanonicalPrettyPrinter.CONTEXT, out)) {
      ReportWriter.write(g, report);
    } catch (StreamConstraintsException e) {
      throw refusal(
          "nest deeper than the maximum allowed (%d, ReadLimits.maxNestingDepth)",
          maxNestingDepth, e);
    } catch (JacksonIOException e) {
      throw refusal(
          "be longer than the maximum allowed (%d characters, ReadLimits.maxDocumentLength)",
          maxDocumentLength, e);
    }
  }

  /**
   * Counts the UTF-8 bytes written (never fewer than the text's characters, so the count bounds
   * both the text and the file) and fails once the count passes a limit; keeps nothing.
   */
  private static final class LengthCheck extends OutputStream {
    private final long limit;
    private long count;

    LengthCheck(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      add(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      add(len);
    }

    private void add(int bytes) throws IOException {
      count += bytes;
      if (count > limit) {
        throw new IOException("longer than " + limit);
      }
    }
  }

  private static OkrJsonException refusal(String what, long limit, Exception cause) {
    return new OkrJsonException(
        "",
        -1,
        -1,
        "the report's canonical form would "
            + String.format(Locale.ROOT, what, limit)
            + ", so it could not be read back",
        cause);
  }
}
