package org.okr4j.core.quantity;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The checks and normal form of a {@link Quantity}'s value: a printed figure must lie on its stated
 * step, and its value is kept as a plain {@link BigDecimal} written with the decimal places its
 * precision states.
 */
final class FigureValues {
  private FigureValues() {}

  /** Refuses a value off its precision's step, naming both; the texts are built only then. */
  static void checkOnStep(BigDecimal value, Precision precision) {
    if (!precision.isOnStep(value)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "value (%s) must be a multiple of its stated step (%s)",
              value.toPlainString(),
              precision.step().orElseThrow().toPlainString()));
    }
  }

  /**
   * The value as a quantity keeps it: a plain {@link BigDecimal}, with at least the decimal places
   * its precision states and no trailing zeros beyond them.
   */
  static BigDecimal normalize(BigDecimal value, Precision precision) {
    // setScale returns its receiver when the scale is unchanged; a subclass of BigDecimal may be
    // mutable, so keep a plain BigDecimal (as Joda-Money does).
    BigDecimal plain =
        value.getClass() == BigDecimal.class
            ? value
            : new BigDecimal(value.unscaledValue(), value.scale());
    int stated = precision.decimalPlacesOrZero();
    if (stated >= 0 && stated >= plain.scale()) {
      // Stripping zeros cannot raise the scale past the stated places: skip it.
      return plain.setScale(stated);
    }
    BigDecimal stripped = plain.stripTrailingZeros();
    int scale = Math.max(0, stripped.scale());
    return plain.setScale(Math.max(scale, stated));
  }
}
