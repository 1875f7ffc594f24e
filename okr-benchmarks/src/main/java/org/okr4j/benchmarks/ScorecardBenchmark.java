package org.okr4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.okr4j.core.model.Report;
import org.okr4j.report.Scorecard;
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

/**
 * Benchmark 5: the scorecard ({@link Scorecard#evaluate(Report)}, okr-report) of the
 * 100k-key-result organisation ({@link Portfolio}) that {@link JsonBenchmark} reads: every key
 * result's progress, changes, status and projection, every objective's rollup and status, and the
 * figure audit, each with its explanation, as of the end of the report's period.
 *
 * <p>Its floor is reading the same report from okr-json ({@link JsonBenchmark#okr4jRead}): what it
 * costs to have the model the scorecard evaluates. The heap the evaluation needs is measured by
 * {@code HeapProbe scorecard}. The JVM options are the JSON benchmark's, so that both figures come
 * from the same heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScorecardBenchmark {
  /** Key results in the report: those of the JSON benchmark's document. */
  public static final int SIZE = JsonBenchmark.SIZE;

  Report report = Portfolio.build(Portfolio.spec(10, 42));

  /** Builds the organisation once per run. */
  @Setup(Level.Trial)
  public void setUp() {
    report = Portfolio.build(Portfolio.spec(SIZE, 42));
  }

  /**
   * Evaluates the scorecard of the whole report.
   *
   * @return the scorecard
   */
  @Benchmark
  public Scorecard evaluate() {
    return Scorecard.evaluate(report);
  }
}
