package org.okr4j.core.quantity;

import org.okr4j.core.internal.Checks;

/**
 * Thrown when two quantities of different units are combined, as in {@code "Units differ:
 * days/percent"}.
 *
 * <p>Summing days and percentages, or comparing a count of tools with a count of maintainers, is a
 * mistake in the caller's data, never something to coerce.
 */
public final class UnitMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Unit first;
  private final transient Unit second;

  /**
   * Creates the exception for two units.
   *
   * @param first the first unit
   * @param second the second unit
   */
  public UnitMismatchException(Unit first, Unit second) {
    super(
        "Units differ: "
            + Checks.notNull(first, "first unit")
            + "/"
            + Checks.notNull(second, "second unit"));
    this.first = first;
    this.second = second;
  }

  /**
   * The first unit.
   *
   * @return the unit of the left-hand operand
   */
  public Unit first() {
    return first;
  }

  /**
   * The second unit.
   *
   * @return the unit of the right-hand operand
   */
  public Unit second() {
    return second;
  }
}
