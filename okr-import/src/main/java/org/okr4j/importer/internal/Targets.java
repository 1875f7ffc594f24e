package org.okr4j.importer.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.text.Confidence;
import org.okr4j.core.text.DerivationClaim;
import org.okr4j.core.text.DerivedFigure;
import org.okr4j.core.text.ParsedCell;
import org.okr4j.core.text.ParsedFigure;

/**
 * The target a goal cell states.
 *
 * <ul>
 *   <li>empty, {@code TBD} or {@code X%} → not determined;
 *   <li>a relative change ({@code 10% decrease}, {@code 2% (18 days)}) → a relative change target,
 *       with the value beside it as its stated value; a percentage with no words is a decrease when
 *       the statement says the metric should fall;
 *   <li>{@code <13.2 mins}, {@code at least 3} → stay below or above;
 *   <li>a bare percentage in a metric that is not a percentage ({@code 5%} for tool maintainers) →
 *       a relative change, a decrease when the statement says the metric should fall;
 *   <li>a bare percentage in a percent metric whose statement states a change, from a baseline of
 *       zero → a change in percentage points (a relative change from zero is undefined, and the
 *       reading "reach 5%" is the same target); from any other baseline it is read as a value to
 *       reach, with a note, since it may also be a change;
 *   <li>{@code 100%} in a percent metric → complete (a milestone);
 *   <li>any other figure → reach it;
 *   <li>anything else → not determined, with a note.
 * </ul>
 */
final class Targets {
  private Targets() {}

  record Read(Target target, List<String> notes) {}

  /**
   * What the row says about its metric: its direction and unit, whether the statement states a
   * change (increase, decrease, …), and the baseline's value when one was read.
   */
  record Context(
      Direction direction, Unit unit, boolean statesChange, Optional<Quantity> baseline) {}

  static Read read(ParsedCell goal, Context context) {
    Direction direction = context.direction();
    Unit unit = context.unit();
    List<String> notes = new ArrayList<>();
    if (goal.isEmpty()) {
      notes.add("no goal; the target is not determined");
      return new Read(Target.toBeDetermined(), notes);
    }
    if (goal.state().filter(s -> s == CheckInState.TO_BE_DETERMINED).isPresent()) {
      return new Read(Target.toBeDetermined(), notes);
    }
    Optional<ParsedFigure> percentOnly = percentOfAnotherUnit(goal, unit);
    if (percentOnly.isPresent()) {
      return relativeChange(percentOnly.get(), direction, notes);
    }
    if (goal.confidence() == Confidence.AMBIGUOUS || goal.confidence() == Confidence.UNRECOGNISED) {
      notes.add("the goal could not be read; the target is not determined");
      return new Read(Target.toBeDetermined(), notes);
    }
    Optional<DerivedFigure> change =
        goal.derived().stream()
            .filter(d -> d.claim().measure() == DerivationClaim.Measure.RELATIVE)
            .findFirst();
    Optional<ParsedFigure> value = goal.value();
    if (change.isPresent()) {
      DerivedFigure d = change.get();
      BigDecimal amount = d.figure().value().value();
      if (d.claim().sense() == DerivationClaim.Sense.AS_SIGNED) {
        BigDecimal signed = inItsDirection(amount, direction);
        if (signed.signum() != amount.signum()) {
          notes.add(
              d.printed() + " read as a decrease, as the statement says the metric should fall");
        }
        amount = signed;
      }
      if (amount.signum() == 0) {
        return zeroChange(notes);
      }
      ChangeTarget target = ChangeTarget.of(ChangeMeasure.RELATIVE, amount);
      if (value.isPresent() && value.get().isPlain()) {
        target = target.withStatedValue(StatedFigure.of(value.get().text(), value.get().value()));
      }
      return new Read(target, notes);
    }
    if (value.isEmpty()) {
      notes.add("no goal figure; the target is not determined");
      return new Read(Target.toBeDetermined(), notes);
    }
    ParsedFigure v = value.get();
    Quantity q = v.value();
    if (q.unit().isPercent()
        && unit.isPercent()
        && v.isPlain()
        && context.statesChange()
        && q.value().signum() != 0
        && q.value().compareTo(BigDecimal.valueOf(100)) != 0
        && context.baseline().filter(b -> b.value().signum() == 0).isPresent()) {
      BigDecimal amount = inItsDirection(q.value(), direction);
      notes.add(
          v.text()
              + " read as a change in percentage points from the baseline of zero, as the"
              + " statement states a change");
      return new Read(ChangeTarget.of(ChangeMeasure.PERCENTAGE_POINTS, amount), notes);
    }
    if (!q.unit().equals(unit)) {
      notes.add(
          "the goal " + v.text() + " is not in the metric's unit; the target is not determined");
      return new Read(Target.toBeDetermined(), notes);
    }
    if (v.isRange()) {
      return new Read(Target.between(q, v.rangeEnd().orElseThrow()), notes);
    }
    return switch (v.comparison()) {
      case LESS_THAN -> new Read(Target.staysBelow(q, Boundary.EXCLUSIVE), notes);
      case AT_MOST -> new Read(Target.staysBelow(q, Boundary.INCLUSIVE), notes);
      case GREATER_THAN -> new Read(Target.staysAbove(q, Boundary.EXCLUSIVE), notes);
      case AT_LEAST -> new Read(Target.staysAbove(q, Boundary.INCLUSIVE), notes);
      case EQUAL -> {
        if (unit.isPercent() && q.value().compareTo(BigDecimal.valueOf(100)) == 0) {
          notes.add("100% read as complete: a milestone target");
          yield new Read(Target.complete(), notes);
        }
        if (unit.isPercent()) {
          notes.add(
              v.text()
                  + " read as a value to reach; a percentage goal may also be a change, relative or"
                  + " in percentage points");
        }
        yield new Read(Target.reach(q), notes);
      }
    };
  }

  /** The goal's one figure when it is a bare percentage and the metric is not a percentage. */
  private static Optional<ParsedFigure> percentOfAnotherUnit(ParsedCell goal, Unit unit) {
    if (unit.isPercent()
        || goal.value().isPresent()
        || !goal.derived().isEmpty()
        || goal.otherFigures().size() != 1
        || goal.note().isPresent()) {
      return Optional.empty();
    }
    ParsedFigure f = goal.otherFigures().get(0);
    return f.value().unit().isPercent() && f.isPlain() ? Optional.of(f) : Optional.empty();
  }

  private static Read relativeChange(ParsedFigure v, Direction direction, List<String> notes) {
    BigDecimal amount = inItsDirection(v.value().value(), direction);
    if (amount.signum() == 0) {
      return zeroChange(notes);
    }
    notes.add(
        v.text()
            + " in a metric that is not a percentage read as a relative "
            + (amount.signum() > 0 ? "increase" : "decrease"));
    return new Read(ChangeTarget.of(ChangeMeasure.RELATIVE, amount), notes);
  }

  /** A change printed without a sign, as a decrease when the statement says the metric falls. */
  private static BigDecimal inItsDirection(BigDecimal amount, Direction direction) {
    return direction == Direction.LOWER_IS_BETTER && amount.signum() > 0 ? amount.negate() : amount;
  }

  private static Read zeroChange(List<String> notes) {
    notes.add("a change of zero is not a target; the target is not determined");
    return new Read(Target.toBeDetermined(), notes);
  }
}
