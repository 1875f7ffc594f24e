package org.okr4j.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Boundary;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.CompositeTarget;
import org.okr4j.core.model.Target;
import org.okr4j.core.model.ThresholdTarget;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.Period;

/**
 * What the reader holds of a key result until the key result's object ends: figures take the
 * metric's unit and exactness, which may be written after them, so they are kept as read (with
 * their location for errors) and resolved into okr-core values once the whole key result is known.
 */
final class Raw {
  private Raw() {}

  /** A figure as written: value, its own precision and unit if it states them. */
  record Figure(BigDecimal value, @Nullable Precision precision, @Nullable Unit unit, Loc loc) {}

  /** A figure printed as text beside its value. */
  record StatedFigure(String text, Figure value, Loc loc) {}

  /** A part and whole in a unit. */
  record Share(Figure part, Figure whole, Unit unit, Loc loc) {}

  /** A stated change with its claimed basis. */
  record StatedChange(StatedFigure figure, ChangeBasis basis, Loc loc) {}

  /** A baseline. */
  static final class Baseline {
    @Nullable Figure value;
    @Nullable AsOf asOf;
    @Nullable Share share;

    /** Empty until the member is read: most baselines have none. */
    List<StatedFigure> alsoStatedAs = List.of();

    @Nullable String printed;
    final Loc loc;

    Baseline(Loc loc) {
      this.loc = loc;
    }
  }

  /** A check-in; its period is resolved while reading (the calendar is known by then). */
  static final class CheckIn {
    @Nullable Period period;
    java.time.@Nullable LocalDate madeOn;
    @Nullable Figure value;
    @Nullable CheckInState state;
    org.okr4j.core.model.@Nullable Confidence confidence;

    /** Empty until the member is read: only composite key results have part values. */
    Map<String, Figure> parts = Map.of();

    @Nullable String note;
    @Nullable String printed;

    /** Resolved when read: a share has its own unit. */
    org.okr4j.core.model.@Nullable Share share;

    /** Empty until the member is read: most check-ins state no change. Resolved when read. */
    List<org.okr4j.core.model.StatedChange> statedChanges = List.of();

    final Loc loc;
    @Nullable Loc partsLoc;

    CheckIn(Loc loc) {
      this.loc = loc;
    }
  }

  /** A composite part. */
  record Part(
      String name, @Nullable Unit unit, TargetSpec target, @Nullable Figure baseline, Loc loc) {}

  /** A target of any kind, with the members that apply to its kind. */
  static final class TargetSpec {
    final Loc loc;
    Target.@Nullable Kind kind;
    @Nullable Loc kindLoc;
    @Nullable String printed;
    @Nullable Figure value;
    @Nullable ChangeMeasure measure;
    @Nullable BigDecimal amount;
    @Nullable StatedFigure statedValue;
    ThresholdTarget.@Nullable Side side;
    @Nullable Figure threshold;
    @Nullable Boundary boundary;
    @Nullable Figure lower;
    @Nullable Figure upper;
    Boundary lowerBoundary = Boundary.INCLUSIVE;
    Boundary upperBoundary = Boundary.INCLUSIVE;
    @Nullable BigDecimal percentComplete;
    @Nullable Figure commit;
    @Nullable Figure target;
    @Nullable Figure stretch;
    final List<Part> parts = new ArrayList<>();
    CompositeTarget.Combination combination = CompositeTarget.Combination.WEAKEST;
    @Nullable String description;

    TargetSpec(Loc loc) {
      this.loc = loc;
    }
  }
}
