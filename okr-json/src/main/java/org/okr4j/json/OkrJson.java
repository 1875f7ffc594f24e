package org.okr4j.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.okr4j.core.model.Report;
import org.okr4j.core.validate.ValidationFinding;
import org.okr4j.json.internal.CanonicalPrettyPrinter;
import org.okr4j.json.internal.ReportReader;
import org.okr4j.json.internal.ReportWriter;
import org.okr4j.json.internal.RewriteCheck;
import org.okr4j.json.internal.StrictInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes okr4j reports as JSON, for callers who do not want to touch Jackson.
 *
 * <pre>{@code
 * OkrJson json = OkrJson.create();
 * Report report = json.readReport(Path.of("q3-fy20.json"));
 * String text = json.writeReport(report);
 * }</pre>
 *
 * <p><b>Reading</b> is strict and streaming: the document is read token by token into the model,
 * never into a tree. Any problem (malformed JSON, an unknown member, a wrong type, a missing
 * member, an unknown enum value, an unsupported format version, a {@link ReadLimits limit}
 * exceeded, a value okr-core refuses, or an error of {@link
 * org.okr4j.core.validate.ReportValidator}) throws an {@link OkrJsonException} naming the JSON
 * path, line and column; nothing partly built is ever returned. Only whitespace may follow the
 * report. The validator's warnings are returned by {@link #readReportWithFindings(String)}. A
 * document whose canonical form these limits could not read back is refused, so whatever is read
 * can be written and read again.
 *
 * <p><b>Writing</b> produces the canonical form documented in FORMAT.md: UTF-8, two-space
 * indentation, a fixed member order, defaults left out, each figure in the shortest form that keeps
 * its value, unit and stated precision, and a final line break. {@code readReport(writeReport(r))}
 * equals {@code r}, and {@code writeReport(readReport(text))} is the canonical form of {@code
 * text}.
 *
 * <p>Readers and writers passed in are neither closed nor buffered beyond what Jackson does; paths
 * are opened and closed here.
 *
 * <p>This class is immutable and thread-safe: one instance may be shared by any number of threads.
 */
public final class OkrJson {
  private static final OkrJson DEFAULT = new OkrJson(ReadLimits.defaults());

  private final ReadLimits limits;
  private final JsonFactory factory;

  /** Writes the canonical form of what was read, to check it could be read back. */
  private final RewriteCheck rewriteCheck;

  private OkrJson(ReadLimits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(limits.streamReadConstraints())
            // Writing follows the model, however deep; only reading is bounded.
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    this.rewriteCheck = new RewriteCheck(limits.maxNestingDepth(), limits.maxDocumentLength());
  }

  /**
   * An instance with the default {@link ReadLimits}.
   *
   * @return the shared default instance
   */
  public static OkrJson create() {
    return DEFAULT;
  }

  /**
   * An instance with the given limits.
   *
   * @param limits the limits enforced when reading
   * @return the instance
   */
  public static OkrJson withLimits(ReadLimits limits) {
    return new OkrJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The limits enforced when reading.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * The format version this class reads and writes.
   *
   * @return {@code "okr4j/1"}
   */
  public static String formatVersion() {
    return ReportReader.FORMAT;
  }

  /**
   * Reads a report from JSON text.
   *
   * @param json the document
   * @return the report
   * @throws OkrJsonException if the document is not a valid report
   */
  public Report readReport(String json) {
    Objects.requireNonNull(json, "json");
    return read(createParser(() -> factory.createParser(ObjectReadContext.empty(), json)));
  }

  /**
   * Reads a report from characters. The reader is not closed.
   *
   * @param reader the document
   * @return the report
   * @throws OkrJsonException if the document is not a valid report
   * @throws UncheckedIOException if reading fails
   */
  public Report readReport(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    return read(createParser(() -> factory.createParser(ObjectReadContext.empty(), reader)));
  }

  /**
   * Reads a report from bytes in UTF-8 (or UTF-16/32, detected from a byte order mark or the
   * pattern of zero bytes, RFC 8259 §8.1). Bytes that are not text in their encoding (malformed
   * UTF-8, UTF-16 or UTF-32, a stray byte at the end) are refused with an {@link OkrJsonException},
   * never replaced with U+FFFD. The stream is not closed.
   *
   * @param in the document
   * @return the report
   * @throws OkrJsonException if the document is not a valid report
   * @throws UncheckedIOException if reading fails
   */
  public Report readReport(InputStream in) {
    Objects.requireNonNull(in, "in");
    return read(createParser(() -> StrictInput.parser(factory, in)));
  }

  /**
   * Reads a report from a file.
   *
   * @param file the document
   * @return the report
   * @throws OkrJsonException if the document is not a valid report
   * @throws UncheckedIOException if the file cannot be read
   */
  public Report readReport(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readReport(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface ParserSource {
    JsonParser open();
  }

  private static JsonParser createParser(ParserSource source) {
    try {
      return source.open();
    } catch (JacksonIOException e) {
      throw StrictInput.failure(null, e);
    } catch (JacksonException e) {
      // Detecting the encoding of bytes reads ahead, so a limit or bad input can fail here.
      TokenStreamLocation l = e.getLocation();
      throw new OkrJsonException(
          "",
          l == null ? -1 : l.getLineNr(),
          l == null ? -1 : l.getColumnNr(),
          "malformed or oversized JSON: " + ReportReader.describe(e),
          e);
    }
  }

  /**
   * Reads a report from JSON text, with the validator's warnings about it. A validation error
   * refuses the document, as in {@link #readReport(String)}.
   *
   * @param json the document
   * @return the report and its warnings
   * @throws OkrJsonException if the document is not a valid report
   */
  public ReadResult readReportWithFindings(String json) {
    Objects.requireNonNull(json, "json");
    List<ValidationFinding> warnings = new ArrayList<>();
    Report report =
        read(createParser(() -> factory.createParser(ObjectReadContext.empty(), json)), warnings);
    return ReadResult.of(report, warnings);
  }

  /**
   * Reads a report from bytes, with the validator's warnings about it, as {@link
   * #readReport(InputStream)} reads them. The stream is not closed.
   *
   * @param in the document
   * @return the report and its warnings
   * @throws OkrJsonException if the document is not a valid report
   * @throws UncheckedIOException if reading fails
   */
  public ReadResult readReportWithFindings(InputStream in) {
    Objects.requireNonNull(in, "in");
    List<ValidationFinding> warnings = new ArrayList<>();
    Report report = read(createParser(() -> StrictInput.parser(factory, in)), warnings);
    return ReadResult.of(report, warnings);
  }

  /**
   * Reads a report from a file, with the validator's warnings about it.
   *
   * @param file the document
   * @return the report and its warnings
   * @throws OkrJsonException if the document is not a valid report
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult readReportWithFindings(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readReportWithFindings(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Report read(JsonParser parser) {
    return read(parser, new ArrayList<>());
  }

  private Report read(JsonParser parser, List<ValidationFinding> warnings) {
    try (parser) {
      Report report = ReportReader.read(parser, limits, warnings);
      ReportReader.requireEnd(parser);
      rewriteCheck.requireRewritable(report);
      return report;
    } catch (JacksonIOException e) {
      throw StrictInput.failure(parser, e);
    }
  }

  /**
   * Writes a report in the canonical form.
   *
   * @param report the report
   * @return the JSON text, ending with a line break
   */
  public String writeReport(Report report) {
    StringWriter out = new StringWriter();
    writeReport(report, out);
    return out.toString();
  }

  /**
   * Writes a report in the canonical form. The writer is flushed, not closed.
   *
   * @param report the report
   * @param writer where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeReport(Report report, Writer writer) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(writer, "writer");
    try (JsonGenerator g = factory.createGenerator(CanonicalPrettyPrinter.CONTEXT, writer)) {
      ReportWriter.write(g, report);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a report in the canonical form to a file in UTF-8, replacing its content.
   *
   * @param report the report
   * @param file where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeReport(Report report, Path file) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(file, "file");
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeReport(report, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of the format, as shipped in this module's jar.
   *
   * @return the schema text
   */
  public static String schema() {
    try (InputStream in = OkrJson.class.getResourceAsStream("okr-report.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("okr-report.schema.json is missing from the okr-json jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
