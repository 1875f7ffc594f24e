package org.okr4j.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.ChangeBasis;
import org.okr4j.core.model.ChangeMeasure;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.ChangeSense;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

/**
 * Maps a {@link DerivationClaim} onto the model's {@link StatedChange} and {@link ChangeBasis},
 * where the model can express it; what it cannot becomes a review note. This is the one place the
 * mapping lives, so that a richer derivation model can take its place.
 *
 * <ul>
 *   <li>Measure: a relative change, percentage points and points of a scale map onto {@link
 *       ChangeMeasure}; a difference in the figure's own unit and a share of the target do not.
 *   <li>Reference: an unstated reference reads as the baseline ({@link
 *       ChangeBasis#RELATIVE_TO_BASELINE} is the model's common reading), the previous period maps
 *       onto {@link ChangeReference#PREVIOUS_PERIOD}; a named period, the year earlier, the plan
 *       and the target do not.
 *   <li>Sense: words ({@code increase}, {@code decrease}) gave the sign, so the change is {@link
 *       ChangeSense#CHANGE}; a figure with no words is read as an {@link ChangeSense#IMPROVEMENT}
 *       when the metric is lower-is-better (a deck reports "61%" for a fall in outstanding
 *       reviews), else as a change.
 *   <li>A range or a bound ({@code <5%}) is not a stated change.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClaimMapping {
  private ClaimMapping() {}

  /**
   * What a derived figure maps onto.
   *
   * @param change the stated change, when the model can express the claim
   * @param notes why it cannot, one review note each; empty when it can
   */
  public record Mapped(Optional<StatedChange> change, List<String> notes) {
    /**
     * Copies the notes.
     *
     * @param change the change
     * @param notes the notes
     */
    public Mapped {
      Checks.notNull(change, "change");
      notes = List.copyOf(notes);
    }
  }

  /**
   * Maps a derived figure onto a stated change.
   *
   * @param derived the derived figure
   * @param direction the metric's direction, or {@code null} when not known (read as higher is
   *     better)
   * @return the stated change or the review notes
   */
  public static Mapped toStatedChange(DerivedFigure derived, @Nullable Direction direction) {
    Checks.notNull(derived, "derived figure");
    DerivationClaim claim = derived.claim();
    List<String> notes = new ArrayList<>();
    ChangeMeasure measure =
        switch (claim.measure()) {
          case RELATIVE -> ChangeMeasure.RELATIVE;
          case PERCENTAGE_POINTS -> ChangeMeasure.PERCENTAGE_POINTS;
          case SCALE_POINTS -> ChangeMeasure.SCALE_POINTS;
          default -> null;
        };
    if (measure == null) {
      notes.add(
          derived.printed() + ": a " + claim.describe() + "; the model states no such change");
    }
    ChangeReference reference =
        switch (claim.reference()) {
          case UNSTATED, BASELINE -> ChangeReference.BASELINE;
          case PREVIOUS_PERIOD -> ChangeReference.PREVIOUS_PERIOD;
          default -> null;
        };
    if (reference == null && measure != null) {
      notes.add(
          derived.printed() + ": a " + claim.describe() + "; the model has no such reference");
    }
    ParsedFigure figure = derived.figure();
    if (!figure.isPlain() && !figure.approximate()) {
      notes.add(derived.printed() + ": a range or a bound is not a stated change");
    }
    if (!notes.isEmpty() || measure == null || reference == null) {
      return new Mapped(Optional.empty(), notes);
    }
    ChangeSense sense =
        claim.sense() == DerivationClaim.Sense.AS_SIGNED && direction == Direction.LOWER_IS_BETTER
            ? ChangeSense.IMPROVEMENT
            : ChangeSense.CHANGE;
    Quantity v = figure.value();
    Quantity inPercent =
        v.unit().isPercent() ? v : Quantity.of(v.value(), Unit.percent(), v.precision());
    StatedChange change =
        StatedChange.of(
            StatedFigure.of(derived.printed(), inPercent),
            ChangeBasis.of(measure, reference, sense));
    return new Mapped(Optional.of(change), List.of());
  }
}
