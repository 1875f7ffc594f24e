package org.okr4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.okr4j.core.model.Report;
import org.okr4j.json.OkrJson;
import org.okr4j.json.ReadLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark 3: reading and writing the JSON of a 100k-key-result organisation ({@link Portfolio})
 * with okr-json, beside plain Jackson databind of the same JSON into {@link PlainReport} records
 * (the floor).
 *
 * <p>Both readers read the same UTF-8 bytes from an {@link ByteArrayInputStream}; both writers
 * write a {@link String}, indented. The document is larger than okr-json's default 64 MiB limit, so
 * it is read with {@link #LIMITS}: the default limits with a 256 MiB document length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JsonBenchmark {
  /** Key results in the document. */
  public static final int SIZE = 100_000;

  /** okr-json's default limits, with room for a document of up to 256 MiB. */
  public static final ReadLimits LIMITS =
      ReadLimits.defaults().toBuilder().maxDocumentLength(256L * 1024 * 1024).build();

  /** The okr-json facade the benchmark reads and writes with. */
  public static final OkrJson OKR_JSON = OkrJson.withLimits(LIMITS);

  /** The plain mapper of the floor. */
  public static final JsonMapper PLAIN =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  byte[] json = new byte[0];
  Report report = Portfolio.build(Portfolio.spec(10, 42));
  PlainReport plain = new PlainReport("", "", null, "", "", java.util.List.of());

  /** Builds the organisation, its JSON, and the plain records of that JSON. */
  @Setup(Level.Trial)
  public void setUp() {
    report = Portfolio.build(Portfolio.spec(SIZE, 42));
    json = OKR_JSON.writeReport(report).getBytes(StandardCharsets.UTF_8);
    plain = PLAIN.readValue(json, PlainReport.class);
    if (plain.keyResultCount() != SIZE) {
      throw new IllegalStateException("the floor read " + plain.keyResultCount() + " key results");
    }
  }

  /**
   * okr-json reads the document into the validated model.
   *
   * @return the report
   */
  @Benchmark
  public Report okr4jRead() {
    return OKR_JSON.readReport(new ByteArrayInputStream(json));
  }

  /**
   * Jackson databind reads the document into plain records.
   *
   * @return the records
   */
  @Benchmark
  public PlainReport floorRead() {
    return PLAIN.readValue(new ByteArrayInputStream(json), PlainReport.class);
  }

  /**
   * okr-json writes the model.
   *
   * @return the document
   */
  @Benchmark
  public String okr4jWrite() {
    return OKR_JSON.writeReport(report);
  }

  /**
   * Jackson databind writes the plain records.
   *
   * @return the document
   */
  @Benchmark
  public String floorWrite() {
    return PLAIN.writeValueAsString(plain);
  }
}
