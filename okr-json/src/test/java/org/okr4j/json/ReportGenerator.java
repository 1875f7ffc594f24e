package org.okr4j.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;
import org.okr4j.core.validate.ReportValidator;

/**
 * Generates valid reports that cover every target kind, check-in state, unit kind, period kind,
 * figure precision and optional member, including awkward cases: units whose symbol collides with a
 * reserved unit word, figures whose precision is not a power of ten, values not on their step,
 * decimals with negative scale, periods of another fiscal calendar, strings with quotes, escapes,
 * line breaks and emoji.
 *
 * <p>Generation is imperative over jqwik's {@link Random}, which keeps the many dependencies
 * between members (a target's unit and the metric's, zones and the metric's direction) simple.
 */
final class ReportGenerator {
  private static final String CHARS = "abcdefgxyzABC 0123456789-_./:%~\"\\\n\t€é😀";
  private static final String[] STEPS = {
    "0.001", "0.01", "0.1", "0.25", "0.5", "1", "2", "5", "10", "100", "1000", "1E+4", "1E+5",
    "1E+6", "5E+5", "1E+9", "1E+10"
  };
  private static final Month[] MONTHS = {Month.JANUARY, Month.APRIL, Month.JULY, Month.OCTOBER};

  private final Random random;
  private final FiscalCalendar calendar;
  private int ids;

  private ReportGenerator(Random random) {
    this.random = random;
    this.calendar = FiscalCalendar.startingIn(MONTHS[random.nextInt(MONTHS.length)]);
  }

  static Arbitrary<Report> reports() {
    // Reports the validator would refuse are left out: reading refuses them.
    return Arbitraries.randomValue(r -> new ReportGenerator(r).report())
        .filter(
            r ->
                ReportValidator.validate(r).stream()
                    .noneMatch(org.okr4j.core.validate.ValidationFinding::isError));
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  @SafeVarargs
  private <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  // ---- text

  private String text(int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder();
    int[] points = CHARS.codePoints().toArray();
    for (int i = 0; i < length; i++) {
      sb.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return sb.toString();
  }

  private String nonBlank() {
    String s = text(12);
    return s.isBlank() ? "x" + s : s;
  }

  // ---- numbers and figures

  private BigDecimal decimal() {
    long unscaled =
        random.nextInt(5) == 0 ? random.nextInt(10) : random.nextInt(2_000_001) - 1_000_000;
    int scale = random.nextInt(9) - 4;
    return BigDecimal.valueOf(unscaled, scale);
  }

  private BigDecimal positive() {
    BigDecimal d = decimal().abs();
    return d.signum() == 0 ? BigDecimal.valueOf(random.nextInt(1000) + 1L, random.nextInt(3)) : d;
  }

  private Precision precisionFor(BigDecimal value) {
    return switch (random.nextInt(4)) {
      case 0 -> Precision.exact();
      case 1 -> Precision.toNearest(new BigDecimal(pick(STEPS)));
      default -> Precision.ofDigits(value);
    };
  }

  private Quantity quantity(Unit unit) {
    BigDecimal value = decimal();
    // Within what the unit allows (ReportValidator): a score on its scale, a count not negative.
    if (unit.scaleMaximum().isPresent() || unit.kind() == Unit.Kind.COUNT) {
      value = value.abs();
    }
    if (unit.scaleMaximum().isPresent() && value.compareTo(unit.scaleMaximum().get()) > 0) {
      value = unit.scaleMaximum().get().multiply(BigDecimal.valueOf(random.nextInt(101), 2));
    }
    return quantity(unit, value);
  }

  private Quantity quantity(Unit unit, BigDecimal value) {
    Precision precision = precisionFor(value);
    // A printed value lies on its step: a value off the picked step keeps its digits' precision.
    boolean onStep = precision.step().map(s -> value.remainder(s).signum() == 0).orElse(true);
    return Quantity.of(value, unit, onStep ? precision : Precision.ofDigits(value));
  }

  private Unit unit() {
    return switch (random.nextInt(16)) {
      case 0 -> Unit.count();
      case 1 -> Unit.count(nonBlank());
      case 2, 3 -> Unit.percent();
      case 4 -> Unit.ratio();
      case 5 -> Unit.days();
      case 6 -> Unit.hours();
      case 7 -> Unit.minutes();
      case 8 -> Unit.scoreOutOf(5);
      case 9 -> Unit.scoreOutOf(new BigDecimal(pick("3.5", "10", "100.0", "1E+1")));
      case 10 -> Unit.of(pick("days", "count", "percent", "%", "count:x", "score/5", "score/x"));
      default -> Unit.of(nonBlank());
    };
  }

  // ---- time

  private Period period() {
    int year = 2015 + random.nextInt(10);
    return switch (random.nextInt(8)) {
      case 0, 1 -> calendar.quarter(year, 1 + random.nextInt(4));
      case 2 -> calendar.fiscalYear(year);
      case 3 -> Period.of(YearMonth.of(year, 1 + random.nextInt(12)));
      case 4 -> Period.calendarYear(year);
      case 5 -> {
        LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate end = start.plusDays(1 + random.nextInt(400));
        yield chance(50) ? Period.between(start, end) : Period.between(start, end, nonBlank());
      }
      case 6 ->
          FiscalCalendar.startingIn(pick(Month.values())).quarter(year, 1 + random.nextInt(4));
      default -> FiscalCalendar.startingIn(pick(Month.values())).fiscalYear(year);
    };
  }

  /**
   * A report's period: any period but a fiscal one of another calendar (okr-core refuses those).
   */
  private Period reportPeriod() {
    Period p = period();
    while (p.fiscalCalendar().filter(c -> !c.equals(calendar)).isPresent()) {
      p = period();
    }
    return p;
  }

  private AsOf asOf() {
    return switch (random.nextInt(3)) {
      case 0 -> AsOf.period(period());
      case 1 -> AsOf.date(LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1));
      default -> AsOf.label(pick(nonBlank(), "2019", "2019-06", "FY2019/20", "2019-06-01"));
    };
  }

  // ---- model

  private Report report() {
    Report.Builder report =
        Report.builder().title(nonBlank()).calendar(calendar).period(reportPeriod());
    if (chance(50)) {
      report.organization(nonBlank());
    }
    int objectives = random.nextInt(4);
    for (int i = 0; i < objectives; i++) {
      report.addObjectives(objective(2));
    }
    return report.build();
  }

  private String nextId(String prefix) {
    ids++;
    return prefix + ids;
  }

  private Objective objective(int depth) {
    Objective.Builder o = Objective.builder().id(nextId("O")).title(nonBlank());
    if (chance(30)) {
      o.description(text(20));
    }
    if (chance(30)) {
      o.weight(new BigDecimal(pick("0", "1", "1.0", "2", "0.5", "1E+1")));
    }
    if (chance(30)) {
      o.statedStatus(status());
    }
    if (chance(30)) {
      o.targetCompletion(period());
    }
    if (chance(20)) {
      o.addFacts(fact());
    }
    int krs = random.nextInt(4);
    for (int i = 0; i < krs; i++) {
      o.addKeyResults(keyResult());
    }
    if (depth > 0) {
      int children = random.nextInt(3);
      for (int i = 0; i < children; i++) {
        o.addChildren(objective(depth - 1));
      }
    }
    return o.build();
  }

  private StatedStatus status() {
    StatusColor color = pick(StatusColor.values());
    return chance(50) ? StatedStatus.of(color) : StatedStatus.of(color, text(12));
  }

  private Share share(Unit unit) {
    BigDecimal whole = positive();
    BigDecimal part = whole.multiply(BigDecimal.valueOf(random.nextInt(101), 2));
    return Share.of(quantity(unit, part), quantity(unit, whole));
  }

  private Fact fact() {
    Unit unit = chance(70) ? Unit.percent() : Unit.ratio();
    Fact.Builder f =
        Fact.builder()
            .statement(nonBlank())
            .value(quantity(unit))
            .share(share(chance(70) ? Unit.count(nonBlank()) : unit()));
    if (chance(50)) {
      f.asOf(asOf());
    }
    return f.build();
  }

  private KeyResult keyResult() {
    KeyResult.Builder k = KeyResult.builder().id(nextId("KR.")).statement(nonBlank());
    Metric metric = chance(75) ? metric() : null;
    Unit unit = metric == null ? null : metric.unit();
    if (metric != null) {
      k.metric(metric);
    }
    Target target = target(metric, false);
    k.target(target);
    if (chance(25)) {
      k.headline(target(metric, false));
    }
    Unit valueUnit =
        unit != null
            ? unit
            // Without a metric, a milestone's figures are in percent (okr-core refuses others).
            : target.kind() == Target.Kind.MILESTONE ? Unit.percent() : unit();
    if (chance(60)) {
      k.baseline(baseline(valueUnit));
    }
    if (chance(30)) {
      k.weight(new BigDecimal(pick("0", "1", "1.0", "3", "0.25")));
    }
    if (chance(20)) {
      k.statedStatus(status());
    }
    if (chance(20)) {
      k.note(text(15));
    }
    Set<Period> periods = new HashSet<>();
    int checkIns = random.nextInt(4);
    for (int i = 0; i < checkIns; i++) {
      Period p = period();
      if (periods.add(p)) {
        k.addCheckIns(checkIn(p, unit != null ? unit : valueUnit, target));
      }
    }
    return k.build();
  }

  private Metric metric() {
    Metric.Builder m =
        Metric.builder().name(nonBlank()).unit(unit()).direction(pick(Direction.values()));
    if (chance(30)) {
      BigDecimal lower = decimal();
      m.lowerBound(lower);
      if (chance(50)) {
        m.upperBound(lower.add(positive()));
      }
    } else if (chance(20)) {
      m.upperBound(decimal());
    }
    return m.build();
  }

  private Baseline baseline(Unit unit) {
    Baseline.Builder b = Baseline.builder().value(quantity(unit));
    if (chance(50)) {
      b.asOf(asOf());
    }
    if ((unit.isPercent() || unit.kind() == Unit.Kind.RATIO) && chance(50)) {
      b.share(share(chance(50) ? Unit.count("pages") : unit()));
    }
    if (unit.kind() == Unit.Kind.SCORE && chance(60)) {
      b.addAlsoStatedAs(StatedFigure.of(nonBlank(), quantity(Unit.percent())));
    }
    if (chance(30)) {
      b.printed(text(15));
    }
    return b.build();
  }

  private CheckIn checkIn(Period period, Unit unit, Target target) {
    CheckIn.Builder c = CheckIn.builder().period(period);
    boolean hasValue = chance(60);
    Quantity value = null;
    if (hasValue) {
      value = quantity(unit);
      c.value(value);
    }
    boolean hasState = !hasValue || chance(50);
    if (target instanceof CompositeTarget composite && chance(70)) {
      for (CompositeTarget.Part part : composite.parts()) {
        if (chance(70)) {
          c.putPartValues(part.name(), quantity(partUnit(part)));
          hasState = hasState && chance(50);
        }
      }
    }
    if (hasState) {
      c.state(pick(CheckInState.values()));
    }
    if (chance(20)) {
      c.note(text(15));
    }
    if (chance(20)) {
      c.printed(text(15));
    }
    if (value != null) {
      if ((unit.isPercent() || unit.kind() == Unit.Kind.RATIO) && chance(40)) {
        c.share(share(unit()));
      }
      int changes = chance(40) ? 1 + random.nextInt(2) : 0;
      for (int i = 0; i < changes; i++) {
        ChangeBasis basis =
            chance(50)
                ? ChangeBasis.RELATIVE_TO_BASELINE
                : ChangeBasis.of(
                    pick(ChangeMeasure.values()),
                    pick(ChangeReference.values()),
                    pick(ChangeSense.values()));
        c.addStatedChanges(
            StatedChange.of(StatedFigure.of(nonBlank(), quantity(Unit.percent())), basis));
      }
    }
    CheckIn built;
    try {
      built = c.build();
    } catch (IllegalArgumentException needsSomething) {
      built = CheckIn.of(period, pick(CheckInState.values()));
    }
    return built;
  }

  private static Unit partUnit(CompositeTarget.Part part) {
    Target t = part.target();
    if (t instanceof org.okr4j.core.model.ValueTarget v) {
      return v.value().unit();
    }
    if (t instanceof ThresholdTarget th) {
      return th.threshold().unit();
    }
    if (t instanceof BandTarget b) {
      return b.lower().unit();
    }
    return Unit.percent();
  }

  /** A target that a key result with this metric (or none) accepts. */
  private Target target(@Nullable Metric metric, boolean inPart) {
    List<Target.Kind> kinds = new ArrayList<>();
    kinds.add(Target.Kind.BINARY);
    kinds.add(Target.Kind.UNDETERMINED);
    kinds.add(Target.Kind.QUALITATIVE);
    if (!inPart) {
      kinds.add(Target.Kind.COMPOSITE);
    }
    Unit unit = metric == null ? null : metric.unit();
    if (metric == null || metric.unit().isPercent()) {
      kinds.add(Target.Kind.MILESTONE);
    }
    if (unit != null) {
      kinds.add(Target.Kind.VALUE);
      kinds.add(Target.Kind.VALUE);
      kinds.add(Target.Kind.THRESHOLD);
      kinds.add(Target.Kind.BAND);
      kinds.add(Target.Kind.ZONED);
      kinds.add(Target.Kind.CHANGE);
      kinds.add(Target.Kind.CHANGE);
    }
    Target.Kind kind = pick(kinds);
    Target t =
        switch (kind) {
          case VALUE -> Target.reach(quantity(nonNull(unit)));
          case THRESHOLD ->
              ThresholdTarget.of(
                  pick(ThresholdTarget.Side.values()),
                  quantity(nonNull(unit)),
                  pick(Boundary.values()));
          case BAND -> {
            BigDecimal low = decimal();
            yield BandTarget.of(
                quantity(nonNull(unit), low),
                pick(Boundary.values()),
                quantity(nonNull(unit), low.add(positive())),
                pick(Boundary.values()));
          }
          case ZONED -> {
            BigDecimal a = decimal();
            BigDecimal b = a.add(positive());
            BigDecimal c = b.add(positive());
            Unit u = nonNull(unit);
            boolean up = nonNull(metric).direction() == Direction.HIGHER_IS_BETTER;
            yield up
                ? ZonedTarget.of(quantity(u, a), quantity(u, b), quantity(u, c))
                : ZonedTarget.of(quantity(u, c), quantity(u, b), quantity(u, a));
          }
          case CHANGE -> {
            List<ChangeMeasure> measures = new ArrayList<>(List.of(ChangeMeasure.RELATIVE));
            if (nonNull(unit).isPercent()) {
              measures.add(ChangeMeasure.PERCENTAGE_POINTS);
            }
            if (nonNull(unit).scaleMaximum().isPresent()) {
              measures.add(ChangeMeasure.SCALE_POINTS);
            }
            BigDecimal amount = decimal();
            if (amount.signum() == 0) {
              amount = new BigDecimal(pick("-10", "2.5", "25", "-10.0", "1E+1"));
            }
            ChangeTarget change = ChangeTarget.of(pick(measures), amount);
            yield chance(40)
                ? change.withStatedValue(
                    StatedFigure.of(nonBlank(), quantity(chance(80) ? nonNull(unit) : unit())))
                : change;
          }
          case MILESTONE ->
              MilestoneTarget.of(new BigDecimal(pick("100", "50", "12.5", "100.0", "1E+2", "0.1")));
          case COMPOSITE -> composite(unit);
          case BINARY -> Target.done();
          case UNDETERMINED -> Target.toBeDetermined();
          case QUALITATIVE -> Target.qualitative(nonBlank());
        };
    return chance(30) ? t.printedAs(text(15)) : t;
  }

  private CompositeTarget composite(@Nullable Unit metricUnit) {
    int n = 2 + random.nextInt(2);
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < n) {
      names.add(nonBlank());
    }
    List<CompositeTarget.Part> parts = new ArrayList<>();
    for (String name : names) {
      Unit unit = metricUnit != null && chance(40) ? metricUnit : unit();
      Metric partMetric = Metric.of("part", unit, pick(Direction.values()));
      Target target;
      do {
        target = target(partMetric, true);
      } while (target.kind() != Target.Kind.VALUE
          && target.kind() != Target.Kind.THRESHOLD
          && target.kind() != Target.Kind.BAND
          && target.kind() != Target.Kind.MILESTONE);
      // A part's baseline is in its target's unit (okr-core refuses any other).
      Unit targetUnit =
          switch (target.kind()) {
            case VALUE -> ((ValueTarget) target).value().unit();
            case THRESHOLD -> ((ThresholdTarget) target).threshold().unit();
            case BAND -> ((BandTarget) target).lower().unit();
            default -> Unit.percent();
          };
      parts.add(
          chance(40)
              ? CompositeTarget.Part.of(name, target, quantity(targetUnit))
              : CompositeTarget.Part.of(name, target));
    }
    return CompositeTarget.of(parts, pick(CompositeTarget.Combination.values()));
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("generator bug: missing value");
    }
    return value;
  }
}
