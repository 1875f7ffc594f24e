package org.okr4j.core.model;

import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;

/**
 * A percent change printed beside a check-in's value, with the basis the report claims for it:
 * {@code "-1.4%"} beside 1151 outstanding code reviews, claimed as an improvement against the
 * baseline.
 *
 * <p>The claim is what the report appears to say; the figure audit recomputes the change under the
 * claimed basis first and reports whether the printed figure follows from it, or only under another
 * rounding or another basis.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatedChange {
  StatedChange() {}

  /**
   * A printed change with its claimed basis.
   *
   * @param figure the change as printed, in percent (or points)
   * @param claimedBasis the basis the report claims
   * @return the stated change
   */
  public static StatedChange of(StatedFigure figure, ChangeBasis claimedBasis) {
    return ImmutableStatedChange.of(figure, claimedBasis);
  }

  /**
   * The change as printed; its value is in percent, percentage points or points of a scale, in unit
   * {@link org.okr4j.core.quantity.Unit#percent()}.
   *
   * @return the figure
   */
  @Value.Parameter
  public abstract StatedFigure figure();

  /**
   * The basis the report claims.
   *
   * @return the claimed basis
   */
  @Value.Parameter
  public abstract ChangeBasis claimedBasis();

  @Value.Check
  void check() {
    Checks.argument(
        figure().value().unit().isPercent(),
        "stated change (%s) must be in percent, not %s",
        figure().text(),
        figure().value().unit());
  }
}
