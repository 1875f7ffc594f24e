package org.okr4j.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.PercentChange;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.status.Status;
import org.okr4j.core.time.Period;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1: one key result's progress, relative change against the baseline and against the
 * previous period, and pace status — okr4j's exact path beside a hand-written {@code double} floor
 * ({@link DoubleFloor}) of the same formulas. The {@code okr4j*} parts time each calculation alone.
 *
 * <p>The key result: tool maintainers from 1880 toward 1974, with quarterly check-ins 1890, 1902,
 * 1919 and 1931 in FY2019/20, judged on 2020-05-15. No explanation is asked for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KrEvaluationBenchmark {
  static final ChangeBasis VS_PREVIOUS =
      ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.PREVIOUS_PERIOD, ChangeSense.CHANGE);

  private static final long[] VALUES = {1890, 1902, 1919, 1931};

  final KeyResult keyResult = keyResult();
  final DoubleFloor.Kr floorKr = floorKr();
  final long goalStart = DoubleFloor.day(Portfolio.YEAR.start());
  final long goalEnd = DoubleFloor.day(Portfolio.YEAR.endExclusive());
  final long asOf = DoubleFloor.day(Portfolio.AS_OF);
  final DoubleFloor.Result floorResult = new DoubleFloor.Result();

  static KeyResult keyResult() {
    Unit maintainers = Unit.count("maintainers");
    List<CheckIn> checkIns = new ArrayList<>();
    for (int q = 0; q < VALUES.length; q++) {
      checkIns.add(
          CheckIn.of(
              Portfolio.QUARTERS.get(q), Quantity.of(BigDecimal.valueOf(VALUES[q]), maintainers)));
    }
    return KeyResult.builder()
        .id("tool-maintainers")
        .statement("30% increase of tool maintainers")
        .metric(Metric.of("tool maintainers", maintainers, Direction.HIGHER_IS_BETTER))
        .baseline(Baseline.of(Quantity.of(BigDecimal.valueOf(1880), maintainers)))
        .target(Target.reach(Quantity.of(BigDecimal.valueOf(1974), maintainers)))
        .addAllCheckIns(checkIns)
        .build();
  }

  static DoubleFloor.Kr floorKr() {
    double[] values = new double[VALUES.length];
    long[] starts = new long[VALUES.length];
    for (int q = 0; q < VALUES.length; q++) {
      values[q] = VALUES[q];
      Period p = Portfolio.QUARTERS.get(q);
      starts[q] = DoubleFloor.day(p.start());
    }
    return new DoubleFloor.Kr(1880, 1974, values, starts);
  }

  /** What okr4j computes for one key result. */
  record Evaluation(
      Outcome<Progress> progress,
      Outcome<Change> vsBaseline,
      Outcome<Change> vsPrevious,
      Status status) {}

  static Evaluation evaluate(KeyResult k) {
    CheckIn latest = k.latestCheckIn().orElseThrow();
    Outcome<Progress> progress = TargetProgress.of(k, latest);
    return new Evaluation(
        progress,
        PercentChange.of(k, latest, ChangeBasis.RELATIVE_TO_BASELINE),
        PercentChange.of(k, latest, VS_PREVIOUS),
        Portfolio.RULE.evaluate(k, Portfolio.CONTEXT, progress));
  }

  /** Before the run: the floor must compute what okr4j computes. */
  @Setup
  public void checkFloor() {
    checkAgreement();
  }

  /**
   * okr4j: progress, both changes and the pace status, as a caller that shows all four computes
   * them: the status judges the progress already computed ({@link
   * org.okr4j.core.status.StatusRule#evaluate(KeyResult, org.okr4j.core.status.StatusContext,
   * Outcome)}), as the scorecard does. The latest check-in is the one the status judges ({@link
   * #checkAgreement} checks it), so the progress is the same.
   *
   * @param bh the sink
   */
  @Benchmark
  public void okr4j(Blackhole bh) {
    KeyResult k = keyResult;
    CheckIn latest = k.latestCheckIn().orElseThrow();
    Outcome<Progress> progress = TargetProgress.of(k, latest);
    bh.consume(progress);
    bh.consume(PercentChange.of(k, latest, ChangeBasis.RELATIVE_TO_BASELINE));
    bh.consume(PercentChange.of(k, latest, VS_PREVIOUS));
    bh.consume(Portfolio.RULE.evaluate(k, Portfolio.CONTEXT, progress));
  }

  /**
   * okr4j: the same four results with the status evaluated from the key result alone, which
   * computes the progress a second time; what {@link #okr4j} measured before the status could be
   * given the progress.
   *
   * @param bh the sink
   */
  @Benchmark
  public void okr4jProgressTwice(Blackhole bh) {
    KeyResult k = keyResult;
    CheckIn latest = k.latestCheckIn().orElseThrow();
    bh.consume(TargetProgress.of(k, latest));
    bh.consume(PercentChange.of(k, latest, ChangeBasis.RELATIVE_TO_BASELINE));
    bh.consume(PercentChange.of(k, latest, VS_PREVIOUS));
    bh.consume(Portfolio.RULE.evaluate(k, Portfolio.CONTEXT));
  }

  /**
   * The floor: the same four results in {@code double}.
   *
   * @param bh the sink
   */
  @Benchmark
  public void floor(Blackhole bh) {
    DoubleFloor.Result r = floorResult;
    DoubleFloor.evaluate(floorKr, goalStart, goalEnd, asOf, r);
    bh.consume(r.progress);
    bh.consume(r.changeVsBaseline);
    bh.consume(r.changeVsPrevious);
    bh.consume(r.color);
  }

  /**
   * okr4j, progress alone.
   *
   * @return the progress
   */
  @Benchmark
  public Outcome<Progress> okr4jProgress() {
    KeyResult k = keyResult;
    return TargetProgress.of(k, k.latestCheckIn().orElseThrow());
  }

  /**
   * okr4j, the change against the baseline alone.
   *
   * @return the change
   */
  @Benchmark
  public Outcome<Change> okr4jChangeVsBaseline() {
    KeyResult k = keyResult;
    return PercentChange.of(k, k.latestCheckIn().orElseThrow(), ChangeBasis.RELATIVE_TO_BASELINE);
  }

  /**
   * okr4j, the change against the previous period alone.
   *
   * @return the change
   */
  @Benchmark
  public Outcome<Change> okr4jChangeVsPrevious() {
    KeyResult k = keyResult;
    return PercentChange.of(k, k.latestCheckIn().orElseThrow(), VS_PREVIOUS);
  }

  /**
   * okr4j, the pace status alone.
   *
   * @return the status
   */
  @Benchmark
  public Status okr4jStatus() {
    return Portfolio.RULE.evaluate(keyResult, Portfolio.CONTEXT);
  }

  /**
   * Checks that the floor computes what okr4j computes, to within 1e-9.
   *
   * @throws IllegalStateException if they differ
   */
  static void checkAgreement() {
    KrEvaluationBenchmark b = new KrEvaluationBenchmark();
    if (!Portfolio.CONTEXT.checkInOf(b.keyResult).equals(b.keyResult.latestCheckIn())) {
      throw new IllegalStateException("the status would judge another check-in than the latest");
    }
    Evaluation e = evaluate(b.keyResult);
    if (!e.status().equals(Portfolio.RULE.evaluate(b.keyResult, Portfolio.CONTEXT))) {
      throw new IllegalStateException("the status given the progress differs from the status");
    }
    DoubleFloor.Result r = new DoubleFloor.Result();
    DoubleFloor.evaluate(b.floorKr, b.goalStart, b.goalEnd, b.asOf, r);
    agree(
        "progress",
        e.progress().value().raw().toBigDecimal(12, java.math.RoundingMode.HALF_EVEN),
        r.progress);
    agree(
        "change vs baseline",
        e.vsBaseline().value().amount().toBigDecimal(12, java.math.RoundingMode.HALF_EVEN),
        r.changeVsBaseline);
    agree(
        "change vs previous",
        e.vsPrevious().value().amount().toBigDecimal(12, java.math.RoundingMode.HALF_EVEN),
        r.changeVsPrevious);
    StatusColor color = e.status().color();
    int expected =
        switch (color) {
          case GREEN -> DoubleFloor.GREEN;
          case YELLOW -> DoubleFloor.YELLOW;
          case RED -> DoubleFloor.RED;
          default -> DoubleFloor.UNKNOWN;
        };
    if (expected != r.color) {
      throw new IllegalStateException("status: okr4j " + color + ", floor " + r.color);
    }
  }

  private static void agree(String what, BigDecimal exact, double floor) {
    if (Math.abs(exact.doubleValue() - floor) > 1e-9) {
      throw new IllegalStateException(what + ": okr4j " + exact + ", floor " + floor);
    }
  }
}
