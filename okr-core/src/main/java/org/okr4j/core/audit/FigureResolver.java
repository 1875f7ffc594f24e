package org.okr4j.core.audit;

import java.util.List;
import java.util.Optional;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.DerivedFigure;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.FigureRef;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Metric;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ValueTarget;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.time.Period;

/** Finds the figure a {@link FigureRef} names among the objectives audited. */
final class FigureResolver {
  private final List<Objective> objectives;

  FigureResolver(List<Objective> objectives) {
    this.objectives = objectives;
  }

  Optional<KeyResult> keyResult(String id) {
    for (Objective o : objectives) {
      for (KeyResult k : o.keyResults()) {
        if (k.id().equals(id)) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }

  /** The value a reference names, as printed. */
  Optional<Quantity> resolve(FigureRef ref) {
    return switch (ref.place()) {
      case BASELINE -> keyResult(ref.id()).flatMap(KeyResult::baseline).map(Baseline::value);
      case TARGET -> keyResult(ref.id()).flatMap(k -> targetValue(k.target()));
      case CHECK_IN ->
          keyResult(ref.id())
              .flatMap(k -> checkIn(k, ref.period().orElseThrow()))
              .flatMap(CheckIn::value);
      case FACT -> fact(ref.id(), ref.index()).map(Fact::value);
      case DERIVED -> derived(ref.id()).map(d -> d.stated().value());
    };
  }

  private static Optional<Quantity> targetValue(Target target) {
    if (target instanceof ValueTarget v) {
      return Optional.of(v.value());
    }
    if (target instanceof ChangeTarget c) {
      return c.statedValue().map(StatedFigure::value);
    }
    return Optional.empty();
  }

  /** The check-in of a period, found by its dates so that a label printed differently matches. */
  static Optional<CheckIn> checkIn(KeyResult k, Period period) {
    for (CheckIn c : k.checkIns()) {
      if (c.period().start().equals(period.start())
          && c.period().endExclusive().equals(period.endExclusive())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private Optional<Fact> fact(String objectiveId, int index) {
    for (Objective o : objectives) {
      if (o.id().equals(objectiveId) && index < o.facts().size()) {
        return Optional.of(o.facts().get(index));
      }
    }
    return Optional.empty();
  }

  private Optional<DerivedFigure> derived(String id) {
    for (Objective o : objectives) {
      for (DerivedFigure d : o.derivedFigures()) {
        if (d.id().equals(id)) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  /** The direction of the key result a reference belongs to; higher-is-better otherwise. */
  Direction direction(Optional<String> keyResultId) {
    return keyResultId
        .flatMap(this::keyResult)
        .flatMap(KeyResult::metric)
        .map(Metric::direction)
        .orElse(Direction.HIGHER_IS_BETTER);
  }

  /**
   * The other references a change to {@code to} may have been measured against: the baseline, the
   * previous check-in and the same period a year earlier of the new figure's key result, in that
   * order, each only when the report has it.
   */
  List<FigureRef> otherReferences(FigureRef to) {
    if (to.place() != FigureRef.Place.CHECK_IN) {
      return List.of();
    }
    Optional<KeyResult> k = keyResult(to.id());
    if (k.isEmpty()) {
      return List.of();
    }
    KeyResult kr = k.orElseThrow();
    Period period = to.period().orElseThrow();
    java.util.ArrayList<FigureRef> refs = new java.util.ArrayList<>();
    if (kr.baseline().isPresent()) {
      refs.add(FigureRef.baseline(kr.id()));
    }
    checkIn(kr, period)
        .flatMap(kr::previousCheckIn)
        .ifPresent(p -> refs.add(FigureRef.checkIn(kr.id(), p.period())));
    if (period.start().getYear() > 1) {
      checkIn(kr, period.minusYears(1))
          .ifPresent(p -> refs.add(FigureRef.checkIn(kr.id(), p.period())));
    }
    return refs;
  }
}
