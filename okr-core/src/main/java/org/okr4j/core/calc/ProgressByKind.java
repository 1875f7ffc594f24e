package org.okr4j.core.calc;

import static org.okr4j.core.calc.TargetProgress.SUBJECT;
import static org.okr4j.core.calc.TargetProgress.between;
import static org.okr4j.core.calc.TargetProgress.compute;
import static org.okr4j.core.calc.TargetProgress.substituted;
import static org.okr4j.core.calc.TargetProgress.undefined;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.BandTarget;
import org.okr4j.core.model.BinaryTarget;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.MilestoneTarget;
import org.okr4j.core.model.QualitativeTarget;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.TargetVisitor;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.model.UndeterminedTarget;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.model.ZonedTarget;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.quantity.Unit;

/**
 * {@link TargetProgress#of(org.okr4j.core.model.KeyResult, org.okr4j.core.model.CheckIn)} for one
 * key result and check-in, by the kind of its target: the rules of each kind, listed in {@link
 * TargetProgress}; the shared formula and its explanations stay there.
 */
final class ProgressByKind implements TargetVisitor<Outcome<Progress>> {
  private final KeyResult keyResult;
  private final CheckIn checkIn;
  private final @Nullable Quantity baseline;

  ProgressByKind(KeyResult keyResult, CheckIn checkIn, @Nullable Quantity baseline) {
    this.keyResult = keyResult;
    this.checkIn = checkIn;
    this.baseline = baseline;
  }

  @Override
  public Outcome<Progress> visitValue(ValueTarget target) {
    Quantity current = checkIn.value().orElse(null);
    if (current == null) {
      return noValue();
    }
    Quantity base = baseline;
    return base == null ? noBaseline() : between(base, target.value(), current);
  }

  @Override
  public Outcome<Progress> visitChange(ChangeTarget target) {
    if (checkIn.value().isEmpty()) {
      return noValue();
    }
    Quantity from = baseline;
    if (from == null) {
      return noBaseline();
    }
    Outcome<Rational> value = TargetValue.ofChange(target, from);
    if (!value.isDefined()) {
      UndefinedReason reason = value.undefinedReason().orElseThrow();
      return Outcome.undefined(reason, value.explanation());
    }
    Rational targetValue = value.value();
    return withValueAndBaseline(
        (base, current) ->
            compute(
                base.toRational(),
                targetValue,
                current.toRational(),
                () ->
                    substituted(
                        base.value().toPlainString(),
                        Figures.exact(targetValue),
                        current.value().toPlainString())),
        Optional.of(value::explanation));
  }

  @Override
  public Outcome<Progress> visitThreshold(ThresholdTarget target) {
    return metOrNot(
        target.threshold().unit(),
        v -> target.isMetBy(v),
        v ->
            Figures.quantity(v)
                + " "
                + comparison(target)
                + " "
                + Figures.quantity(target.threshold()));
  }

  @Override
  public Outcome<Progress> visitBand(BandTarget target) {
    return metOrNot(
        target.lower().unit(),
        v -> target.isMetBy(v),
        v ->
            Figures.quantity(v)
                + " within "
                + (target.lowerBoundary() == Boundary.INCLUSIVE ? "[" : "(")
                + Figures.quantity(target.lower())
                + ", "
                + Figures.quantity(target.upper())
                + (target.upperBoundary() == Boundary.INCLUSIVE ? "]" : ")"));
  }

  @Override
  public Outcome<Progress> visitBinary(BinaryTarget target) {
    CheckIn doneAt = null;
    for (CheckIn c : keyResult.checkIns()) {
      if (c.period().compareTo(checkIn.period()) > 0) {
        break;
      }
      if (doneAt == null && isDone(c)) {
        doneAt = c;
      }
    }
    CheckIn done = doneAt;
    return new Explained<>(Progress.metOrNot(done != null)) {
      @Override
      Explanation build() {
        String test =
            done == null
                ? "state "
                    + checkIn.state().map(Enum::name).orElse("none")
                    + " in "
                    + checkIn.period().label()
                : "DONE in " + done.period().label();
        return Explanation.of(
            SUBJECT,
            "1 once done, else 0",
            test,
            Figures.fractionAsPercent(value().raw(), Rounding.DISPLAY));
      }
    };
  }

  @Override
  public Outcome<Progress> visitMilestone(MilestoneTarget target) {
    Quantity base = baseline != null ? baseline : Quantity.exact(BigDecimal.ZERO, Unit.percent());
    Quantity goal = Quantity.exact(target.percentComplete(), Unit.percent());
    Optional<Quantity> current = checkIn.value();
    if (current.isEmpty()) {
      return noValue();
    }
    return between(base, goal, current.orElseThrow());
  }

  @Override
  public Outcome<Progress> visitZoned(ZonedTarget target) {
    return withValueAndBaseline(
        (base, current) ->
            between(base, target.target(), current)
                .map(p -> Progress.zoned(p.raw(), zoneOf(target, current))),
        Optional.empty());
  }

  @Override
  public Outcome<Progress> visitComposite(CompositeTarget target) {
    Map<String, Progress> parts = new LinkedHashMap<>();
    List<Explanation> steps = new ArrayList<>();
    for (CompositeTarget.Part part : target.parts()) {
      Quantity current = checkIn.partValues().get(part.name());
      if (current == null) {
        return undefined(
            UndefinedReason.PART_VALUE_MISSING,
            "check-in for "
                + checkIn.period().label()
                + " has no value for part \""
                + part.name()
                + "\"");
      }
      Outcome<Progress> p = part(part, current);
      if (!p.isDefined()) {
        return p;
      }
      parts.put(part.name(), p.value());
      steps.add(p.explanation());
    }
    boolean weakest = target.combination() == CompositeTarget.Combination.WEAKEST;
    Rational combined = weakest ? Rational.ONE : Rational.ZERO;
    boolean first = true;
    for (Progress p : parts.values()) {
      if (weakest) {
        combined = first ? p.raw() : combined.min(p.raw());
      } else {
        combined = combined.plus(p.clamped());
      }
      first = false;
    }
    if (!weakest) {
      combined = combined.dividedBy(Rational.of(parts.size()));
    }
    Progress result = Progress.composite(combined, parts);
    StringBuilder substituted = new StringBuilder(weakest ? "min(" : "mean(");
    int i = 0;
    for (Map.Entry<String, Progress> e : parts.entrySet()) {
      substituted.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(' ');
      Rational shown = weakest ? e.getValue().raw() : e.getValue().clamped();
      substituted.append(Figures.fractionAsPercent(shown, Rounding.DISPLAY));
    }
    substituted.append(')');
    return Outcome.defined(
        result,
        () ->
            Explanation.of(
                    SUBJECT,
                    weakest ? "the weakest part's progress" : "the mean of the parts' progress",
                    substituted.toString(),
                    Figures.fractionAsPercent(result.raw(), Rounding.DISPLAY))
                .withSteps(steps));
  }

  @Override
  public Outcome<Progress> visitUndetermined(UndeterminedTarget target) {
    return undefined(
        UndefinedReason.TARGET_NOT_SET,
        "target of " + keyResult.id() + " is " + target.printed().orElse("to be determined"));
  }

  @Override
  public Outcome<Progress> visitQualitative(QualitativeTarget target) {
    return undefined(
        UndefinedReason.TARGET_NOT_MEASURABLE,
        "target of " + keyResult.id() + " is described in words: " + target.description());
  }

  private Outcome<Progress> part(CompositeTarget.Part part, Quantity current) {
    Target target = part.target();
    Quantity base = part.baseline().orElse(Quantity.exact(BigDecimal.ZERO, current.unit()));
    if (target instanceof ValueTarget v) {
      return between(base, v.value(), current);
    }
    if (target instanceof MilestoneTarget m) {
      return between(base, Quantity.exact(m.percentComplete(), Unit.percent()), current);
    }
    if (target instanceof ThresholdTarget t) {
      return Outcome.defined(
          Progress.metOrNot(t.isMetBy(current)),
          () -> metExplanation(part.name() + ": " + Figures.quantity(current), t.isMetBy(current)));
    }
    BandTarget b = (BandTarget) target;
    return Outcome.defined(
        Progress.metOrNot(b.isMetBy(current)),
        () -> metExplanation(part.name() + ": " + Figures.quantity(current), b.isMetBy(current)));
  }

  private interface WithValues {
    Outcome<Progress> apply(Quantity baseline, Quantity current);
  }

  private Outcome<Progress> withValueAndBaseline(
      WithValues computation, Optional<Supplier<Explanation>> step) {
    Quantity current = checkIn.value().orElse(null);
    if (current == null) {
      return noValue();
    }
    Quantity base = baseline;
    if (base == null) {
      return noBaseline();
    }
    Outcome<Progress> result = computation.apply(base, current);
    if (step.isEmpty() || !result.isDefined()) {
      return result;
    }
    Supplier<Explanation> explainStep = step.orElseThrow();
    return Outcome.defined(
        result.value(), () -> result.explanation().withSteps(List.of(explainStep.get())));
  }

  private Outcome<Progress> metOrNot(
      Unit unit, Predicate<Quantity> isMet, Function<Quantity, String> describe) {
    Optional<Quantity> value = checkIn.value();
    if (value.isEmpty()) {
      return noValue();
    }
    Quantity v = value.orElseThrow();
    unit.requireSame(v.unit());
    boolean met = isMet.test(v);
    return new Explained<>(Progress.metOrNot(met)) {
      @Override
      Explanation build() {
        return metExplanation(describe.apply(v), met);
      }
    };
  }

  private Outcome<Progress> noValue() {
    return undefined(
        UndefinedReason.NO_VALUE, "check-in for " + checkIn.period().label() + " reports no value");
  }

  private Outcome<Progress> noBaseline() {
    return undefined(
        UndefinedReason.NO_BASELINE, "key result " + keyResult.id() + " has no baseline");
  }

  /** The test a threshold applies: {@code <}, {@code ≤}, {@code >} or {@code ≥}. */
  private static String comparison(ThresholdTarget target) {
    boolean inclusive = target.boundary() == Boundary.INCLUSIVE;
    return target.side() == ThresholdTarget.Side.ABOVE
        ? (inclusive ? "≥" : ">")
        : (inclusive ? "≤" : "<");
  }

  private static boolean isDone(CheckIn c) {
    return c.state().filter(s -> s == CheckInState.DONE).isPresent();
  }

  private static Explanation metExplanation(String test, boolean met) {
    return Explanation.of(SUBJECT, "1 when met, else 0", test, met ? "100% (met)" : "0% (not met)");
  }

  private static Progress.Zone zoneOf(ZonedTarget target, Quantity current) {
    int sign = target.direction().improvementSign();
    if (sign * current.compareTo(target.stretch()) >= 0) {
      return Progress.Zone.STRETCH;
    }
    if (sign * current.compareTo(target.target()) >= 0) {
      return Progress.Zone.TARGET;
    }
    if (sign * current.compareTo(target.commit()) >= 0) {
      return Progress.Zone.COMMIT;
    }
    return Progress.Zone.BELOW_COMMIT;
  }
}
