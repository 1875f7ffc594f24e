package org.okr4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.FigureAudit;
import org.okr4j.core.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4: the figure audit ({@link FigureAudit#audit(Report)}) of the Q3 FY20 deck (23
 * figures) and of a synthetic report of 10,000 figures ({@link AuditFixtures}). Figures per second
 * is the number of findings divided by the time of one audit; each finding carries its explanation,
 * which the audit builds as it goes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AuditBenchmark {
  /** Figures in the synthetic report. */
  public static final int SYNTHETIC_FIGURES = 10_000;

  final Report deck = AuditFixtures.deck();
  final Report synthetic = AuditFixtures.synthetic(SYNTHETIC_FIGURES, 42);

  /**
   * Audits the Q3 FY20 deck.
   *
   * @return the findings
   */
  @Benchmark
  public List<AuditFinding> deck() {
    return FigureAudit.audit(deck);
  }

  /**
   * Audits the synthetic report.
   *
   * @return the findings
   */
  @Benchmark
  public List<AuditFinding> synthetic10k() {
    return FigureAudit.audit(synthetic);
  }
}
