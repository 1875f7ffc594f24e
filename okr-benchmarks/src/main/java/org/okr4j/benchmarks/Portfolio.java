package org.okr4j.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.status.PaceRule;
import org.okr4j.core.status.StatusContext;
import org.okr4j.core.status.StatusRule;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * A synthetic organisation: {@code n} key results, ten per objective, of mixed target kinds, each
 * with four quarterly check-ins of FY2019/20 (July start).
 *
 * <p>The data is generated in two steps so that benchmarks can time okr4j alone: {@link #spec(int,
 * long)} draws the numbers (plain arrays, no okr4j object), and {@link #build(Spec)} builds the
 * okr4j model from them, validating every value as any caller's code would.
 *
 * <p>Target kinds, out of every 20 key results: 8 reach a value, 4 a relative change, 3 stay under
 * a threshold, 2 a milestone (percent complete), 2 binary (done or not, judged by check-in state),
 * 1 zoned (commit, target, stretch). Ids and statements are distinct strings per key result and
 * objective; metrics come from a catalogue of twelve, each one {@link Metric} instance shared by
 * the key results that measure it, as constants in a program would (okr-json's reader shares equal
 * metrics and units the same way); the four quarters are four {@link Period} instances shared by
 * every check-in. Figures are stated to the precision of their digits (integers, or one decimal for
 * percentages).
 */
public final class Portfolio {
  /** The fiscal calendar: years start in July. */
  public static final FiscalCalendar CALENDAR = FiscalCalendar.startingIn(Month.JULY);

  /** The goal period: FY2019/20. */
  public static final Period YEAR = CALENDAR.fiscalYear(2020);

  /** The four quarters of FY2019/20, one check-in each. */
  public static final List<Period> QUARTERS =
      List.of(
          CALENDAR.quarter(2020, 1),
          CALENDAR.quarter(2020, 2),
          CALENDAR.quarter(2020, 3),
          CALENDAR.quarter(2020, 4));

  /** The day statuses are judged on: mid-May 2020, in Q4, so the Q4 check-in counts. */
  public static final LocalDate AS_OF = LocalDate.of(2020, 5, 15);

  /** The status context of every benchmark: the year as of {@link #AS_OF}, linear pace. */
  public static final StatusContext CONTEXT = StatusContext.of(YEAR, AS_OF);

  /** The status rule of every benchmark: pace against a linear plan (10 / 25 points). */
  public static final StatusRule RULE = PaceRule.defaults();

  /** Key results per objective. */
  public static final int PER_OBJECTIVE = 10;

  private static final int VALUE = 0;
  private static final int CHANGE = 1;
  private static final int THRESHOLD = 2;
  private static final int MILESTONE = 3;
  private static final int BINARY = 4;
  private static final int ZONED = 5;
  private static final int[] KIND_CYCLE = {
    VALUE, CHANGE, VALUE, THRESHOLD, VALUE, MILESTONE, CHANGE, VALUE, BINARY, THRESHOLD,
    VALUE, CHANGE, VALUE, ZONED, VALUE, MILESTONE, CHANGE, BINARY, THRESHOLD, VALUE
  };

  private record CatalogMetric(String name, Unit unit, Direction direction, boolean percent) {}

  private static final List<CatalogMetric> CATALOG =
      List.of(
          new CatalogMetric(
              "weekly active editors", Unit.count("editors"), Direction.HIGHER_IS_BETTER, false),
          new CatalogMetric(
              "tool maintainers", Unit.count("maintainers"), Direction.HIGHER_IS_BETTER, false),
          new CatalogMetric(
              "open code reviews", Unit.count("reviews"), Direction.LOWER_IS_BETTER, false),
          new CatalogMetric(
              "deployed tools", Unit.count("tools"), Direction.HIGHER_IS_BETTER, false),
          new CatalogMetric("median review time", Unit.days(), Direction.LOWER_IS_BETTER, false),
          new CatalogMetric("p95 page latency", Unit.of("ms"), Direction.LOWER_IS_BETTER, false),
          new CatalogMetric("test coverage", Unit.percent(), Direction.HIGHER_IS_BETTER, true),
          new CatalogMetric(
              "pages with structured data", Unit.percent(), Direction.HIGHER_IS_BETTER, true),
          new CatalogMetric(
              "monthly donors", Unit.count("donors"), Direction.HIGHER_IS_BETTER, false),
          new CatalogMetric("incidents", Unit.count("incidents"), Direction.LOWER_IS_BETTER, false),
          new CatalogMetric("uptime", Unit.percent(), Direction.HIGHER_IS_BETTER, true),
          new CatalogMetric("build minutes", Unit.minutes(), Direction.LOWER_IS_BETTER, false));

  /** The okr4j metric of each catalogue entry, one instance shared by every key result. */
  private static final List<Metric> METRICS =
      CATALOG.stream().map(c -> Metric.of(c.name(), c.unit(), c.direction())).toList();

  private static final String[] AREAS = {
    "editing", "reading", "platform", "search", "mobile", "security", "data", "community"
  };

  private Portfolio() {}

  /**
   * The numbers of an organisation, without any okr4j object: per key result its target kind,
   * catalogue metric, baseline and target (unscaled: tenths for percentages; for a change target
   * the percent; for a zoned target the middle zone), and four check-in values at {@code 4 * i +
   * q}.
   */
  public static final class Spec {
    final int size;
    final int[] kind;
    final int[] metric;
    final long[] baseline;
    final long[] target;
    final long[] values;

    Spec(int size, int[] kind, int[] metric, long[] baseline, long[] target, long[] values) {
      this.size = size;
      this.kind = kind;
      this.metric = metric;
      this.baseline = baseline;
      this.target = target;
      this.values = values;
    }

    /**
     * The number of key results.
     *
     * @return the size
     */
    public int size() {
      return size;
    }

    /**
     * The number of objectives.
     *
     * @return ten key results per objective, rounded up
     */
    public int objectives() {
      return (size + PER_OBJECTIVE - 1) / PER_OBJECTIVE;
    }
  }

  /**
   * Draws an organisation of {@code size} key results.
   *
   * @param size the number of key results
   * @param seed the random seed
   * @return the numbers
   */
  public static Spec spec(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] kind = new int[size];
    int[] metric = new int[size];
    long[] baseline = new long[size];
    long[] target = new long[size];
    long[] values = new long[4 * size];
    for (int i = 0; i < size; i++) {
      int k = KIND_CYCLE[i % KIND_CYCLE.length];
      kind[i] = k;
      int m = random.nextInt(CATALOG.size());
      if (k == MILESTONE) {
        m = 6; // a percentage metric
      }
      metric[i] = m;
      CatalogMetric c = CATALOG.get(m);
      boolean up = c.direction() == Direction.HIGHER_IS_BETTER;
      // Percentages in tenths (12.5% is 125), within 5%..90%; counts within 50..20,000.
      long b = c.percent() ? 50L + random.nextInt(550) : 50L + random.nextInt(19_950);
      long span = Math.max(1, b * (5 + random.nextInt(45)) / 100);
      long t = up ? b + span : b - span;
      if (c.percent()) {
        t = Math.min(t, 999);
      }
      baseline[i] = b;
      target[i] = t;
      switch (k) {
        case CHANGE -> target[i] = up ? 5 + random.nextInt(45) : -(5 + random.nextInt(45));
        case MILESTONE -> baseline[i] = 0;
        default -> {}
      }
      for (int q = 0; q < 4; q++) {
        long v;
        if (k == MILESTONE) {
          v = 150L * (q + 1) + random.nextInt(100); // tenths of a percent complete
        } else if (k == BINARY) {
          v = q == 3 && random.nextInt(3) == 0 ? 1 : 0; // done in Q4, one time in three
        } else {
          // Somewhere between 20% behind and 20% ahead of a linear plan.
          long planned = b + (t - b) * (q + 1) / 4;
          long noise = (long) ((random.nextDouble() - 0.5) * 0.4 * Math.abs(t - b));
          v = Math.max(1, planned + noise);
        }
        values[4 * i + q] = v;
      }
    }
    return new Spec(size, kind, metric, baseline, target, values);
  }

  /**
   * Builds the okr4j report of a spec: objectives of ten key results each.
   *
   * @param spec the numbers
   * @return the report
   */
  public static Report build(Spec spec) {
    int objectives = spec.objectives();
    List<Objective> built = new ArrayList<>(objectives);
    List<KeyResult> keyResults = new ArrayList<>(PER_OBJECTIVE);
    for (int o = 0; o < objectives; o++) {
      keyResults.clear();
      int end = Math.min(spec.size(), (o + 1) * PER_OBJECTIVE);
      for (int i = o * PER_OBJECTIVE; i < end; i++) {
        keyResults.add(keyResult(spec, i));
      }
      built.add(
          Objective.builder()
              .id("obj-" + o)
              .title("Improve " + AREAS[o % AREAS.length] + " for team " + o)
              .addAllKeyResults(keyResults)
              .build());
    }
    return Report.builder()
        .title("Synthetic organisation, " + spec.size() + " key results")
        .organization("okr4j benchmarks")
        .calendar(CALENDAR)
        .period(YEAR)
        .addAllObjectives(built)
        .build();
  }

  /**
   * Builds one key result of a spec.
   *
   * @param spec the numbers
   * @param i the index of the key result
   * @return the key result
   */
  public static KeyResult keyResult(Spec spec, int i) {
    CatalogMetric c = CATALOG.get(spec.metric[i]);
    int k = spec.kind[i];
    KeyResult.Builder kr = KeyResult.builder().id("kr-" + i);
    if (k == BINARY) {
      kr.statement("Ship the " + AREAS[i % AREAS.length] + " project " + i).target(Target.done());
      for (int q = 0; q < 4; q++) {
        boolean done = spec.values[4 * i + q] == 1;
        kr.addCheckIns(
            CheckIn.of(QUARTERS.get(q), done ? CheckInState.DONE : CheckInState.IN_PROGRESS));
      }
      return kr.build();
    }
    int scale = c.percent() ? 1 : 0;
    Metric metric = METRICS.get(spec.metric[i]);
    Quantity base = figure(spec.baseline[i], scale, c.unit());
    long t = spec.target[i];
    Target target =
        switch (k) {
          case CHANGE -> Target.relativeChange(BigDecimal.valueOf(t));
          case THRESHOLD -> {
            Quantity limit = figure(t, scale, c.unit());
            yield c.direction() == Direction.HIGHER_IS_BETTER
                ? Target.staysAbove(limit, Boundary.INCLUSIVE)
                : Target.staysBelow(limit, Boundary.INCLUSIVE);
          }
          case MILESTONE -> MilestoneTarget.of(BigDecimal.valueOf(100));
          case ZONED -> zones(spec.baseline[i], t, scale, c);
          default -> Target.reach(figure(t, scale, c.unit()));
        };
    kr.statement(statement(c, k, t, scale, i))
        .metric(metric)
        .baseline(Baseline.of(base))
        .target(target);
    for (int q = 0; q < 4; q++) {
      kr.addCheckIns(CheckIn.of(QUARTERS.get(q), figure(spec.values[4 * i + q], scale, c.unit())));
    }
    return kr.build();
  }

  private static ZonedTarget zones(long baseline, long target, int scale, CatalogMetric c) {
    long step = Math.max(1, Math.abs(target - baseline) / 4);
    boolean up = c.direction() == Direction.HIGHER_IS_BETTER;
    long commit = up ? target - step : target + step;
    long stretch = up ? target + step : target - step;
    return Target.zones(
        figure(commit, scale, c.unit()),
        figure(target, scale, c.unit()),
        figure(stretch, scale, c.unit()));
  }

  private static String statement(CatalogMetric c, int kind, long target, int scale, int i) {
    String verb = c.direction() == Direction.HIGHER_IS_BETTER ? "Raise " : "Cut ";
    return switch (kind) {
      case CHANGE -> verb + c.name() + " by " + Math.abs(target) + "% (" + i + ")";
      case THRESHOLD -> "Keep " + c.name() + " within " + decimal(target, scale) + " (" + i + ")";
      case MILESTONE -> "Complete the " + AREAS[i % AREAS.length] + " migration (" + i + ")";
      default -> verb + c.name() + " to " + decimal(target, scale) + " (" + i + ")";
    };
  }

  private static String decimal(long unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, scale).toPlainString();
  }

  /** A figure stated to the precision of its digits. */
  private static Quantity figure(long unscaled, int scale, Unit unit) {
    return Quantity.of(BigDecimal.valueOf(unscaled, scale), unit);
  }
}
