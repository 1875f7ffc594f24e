package org.okr4j.core.quantity;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * A figure: an exact decimal value, its {@link Unit}, and the {@link Precision} it was stated to.
 *
 * <p>{@code 238.9M} pages is the value 238,900,000 in a count of pages, stated to the nearest
 * 100,000; {@code 3.8/5} is 3.8 on a five-point scale, stated to the nearest 0.1; {@code 1134} code
 * reviews may be declared exact. The figure audit relies on the precision: a rounded figure stands
 * for an interval of values ({@link #interval()}), an exact one for itself alone.
 *
 * <p><b>Equality.</b> {@link #equals} compares value, unit and precision, so {@code 3.8} and {@code
 * 3.80} are different figures: they were stated differently. Use {@link #isEqual} to compare
 * numbers only, and {@link #compareTo} to order them; both require equal units and throw {@link
 * UnitMismatchException} otherwise. {@code compareTo} is therefore not consistent with {@code
 * equals}, as for {@link BigDecimal}.
 *
 * <p>The value is normalized to the decimal places of its precision: a value of 3.8 stated to the
 * nearest 0.01 reads back as {@code 3.80}, and an exact 1134.0 as {@code 1134}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quantity implements Comparable<Quantity> {
  /**
   * The most digits a value held as an unscaled {@code long} may have: every value of up to 18
   * digits is held so, and only longer ones as a {@link BigDecimal}.
   */
  static final int MAX_COMPACT_DIGITS = 18;

  /**
   * The value is {@code unscaled × 10^-scale}, with {@code unscaled} of at most {@link
   * #MAX_COMPACT_DIGITS} digits, unless {@link #precisionOrLarge} is a {@link Large}: then {@code
   * unscaled} is unused (zero) and the value is the large one's.
   */
  private final long unscaled;

  private final int scale;
  private final Unit unit;

  /**
   * The {@link Precision} of a compact value, or a {@link Large} holding the value and its
   * precision: one field for both keeps a compact quantity at 32 bytes on a 64-bit JVM.
   */
  private final Object precisionOrLarge;

  /** A value of more than {@link #MAX_COMPACT_DIGITS} digits, with its precision. */
  private static final class Large {
    final BigDecimal value;
    final Precision precision;

    Large(BigDecimal value, Precision precision) {
      this.value = value;
      this.precision = precision;
    }
  }

  /**
   * A quantity of a normalized value: plain {@link BigDecimal}, scale as {@link
   * FigureValues#normalize}.
   */
  private Quantity(BigDecimal normalized, Unit unit, Precision precision) {
    this.unit = unit;
    this.scale = normalized.scale();
    if (normalized.precision() <= MAX_COMPACT_DIGITS) {
      // The unscaled value has at most 18 digits, so it is a long: read it without a BigInteger.
      this.unscaled = normalized.scaleByPowerOfTen(scale).longValueExact();
      this.precisionOrLarge = precision;
    } else {
      this.unscaled = 0;
      this.precisionOrLarge = new Large(normalized, precision);
    }
  }

  /**
   * Whether the value is held as an unscaled {@code long}: exactly when it has at most {@link
   * #MAX_COMPACT_DIGITS} digits.
   */
  boolean isCompact() {
    return large() == null;
  }

  /** The large value, or null when the value is compact. */
  private @Nullable Large large() {
    return precisionOrLarge instanceof Large l ? l : null;
  }

  /**
   * A figure stated to the precision of its own digits: {@code of(new BigDecimal("3.80"), u)} is
   * stated to the nearest 0.01.
   *
   * @param value the value as printed
   * @param unit its unit
   * @return the figure
   * @throws IllegalArgumentException if {@code value} is outside {@link DecimalLimits}
   */
  public static Quantity of(BigDecimal value, Unit unit) {
    DecimalLimits.check(value, "value");
    return of(value, unit, Precision.ofDigits(value));
  }

  /**
   * A figure written as a plain decimal, stated to the precision of its digits: {@code of("3.5",
   * Unit.days())} is 3.5 days to the nearest 0.1. Saves writing {@code new BigDecimal("3.5")}.
   *
   * @param value a plain decimal with an optional sign, such as {@code "3.5"} or {@code "-12"}
   * @param unit its unit
   * @return the figure
   * @throws IllegalArgumentException if {@code value} is not a plain decimal, or is outside {@link
   *     DecimalLimits}; the message quotes it
   */
  public static Quantity of(String value, Unit unit) {
    return of(PrintedFigures.plainDecimal(value, unit), unit);
  }

  /**
   * A figure with an explicit precision.
   *
   * @param value the value
   * @param unit its unit
   * @param precision how precisely it was stated
   * @return the figure
   * @throws IllegalArgumentException if {@code value} is outside {@link DecimalLimits}, or is not a
   *     multiple of the precision's step ({@code 12} cannot be stated to the nearest 10)
   */
  public static Quantity of(BigDecimal value, Unit unit, Precision precision) {
    DecimalLimits.check(value, "value");
    Checks.notNull(unit, "unit");
    Checks.notNull(precision, "precision");
    FigureValues.checkOnStep(value, precision);
    return new Quantity(FigureValues.normalize(value, precision), unit, precision);
  }

  /**
   * A figure computed from rounded figures rather than printed, such as a sum whose uncertainty is
   * the sum of the steps of its terms: it stands for {@code [value − step/2, value + step/2]}, and
   * unlike {@link #of(BigDecimal, Unit, Precision)} its value need not be a multiple of the step.
   *
   * @param value the computed value
   * @param unit its unit
   * @param uncertainty the width of the interval it stands for, as a precision
   * @return the figure
   * @throws IllegalArgumentException if {@code value} is outside {@link DecimalLimits}
   */
  public static Quantity ofComputed(BigDecimal value, Unit unit, Precision uncertainty) {
    DecimalLimits.check(value, "value");
    Checks.notNull(unit, "unit");
    Checks.notNull(uncertainty, "uncertainty");
    return new Quantity(FigureValues.normalize(value, uncertainty), unit, uncertainty);
  }

  /**
   * An exact figure, such as a count declared exact.
   *
   * @param value the value
   * @param unit its unit
   * @return the figure with {@link Precision#exact()}
   */
  public static Quantity exact(BigDecimal value, Unit unit) {
    return of(value, unit, Precision.exact());
  }

  /**
   * An exact whole-number figure: {@code exact(1134, Unit.count("code reviews"))}.
   *
   * @param value the value
   * @param unit its unit
   * @return the figure with {@link Precision#exact()}
   */
  public static Quantity exact(long value, Unit unit) {
    return exact(BigDecimal.valueOf(value), unit);
  }

  /**
   * Reads a figure as printed in a report, with the precision of its digits.
   *
   * <p>Accepts an optional sign, digits with an optional decimal part, and an optional magnitude
   * suffix: {@code k}/{@code K} (thousand), {@code M} (million), {@code B}/{@code bn} (billion).
   * {@code "238.9M"} is 238,900,000 stated to the nearest 100,000; {@code "60M"} is 60,000,000
   * stated to the nearest million. Exponents and thousands separators are refused.
   *
   * @param text the printed figure
   * @param unit its unit
   * @return the figure
   * @throws IllegalArgumentException if the text is not a figure in that form; the message quotes
   *     it
   */
  public static Quantity parse(CharSequence text, Unit unit) {
    return of(PrintedFigures.printed(text, unit), unit);
  }

  /**
   * The value, written with the decimal places of its precision.
   *
   * @return the value
   */
  public BigDecimal value() {
    Large l = large();
    return l != null ? l.value : BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * How precisely the figure was stated.
   *
   * @return the precision
   */
  public Precision precision() {
    Object p = precisionOrLarge;
    return p instanceof Large l ? l.precision : (Precision) p;
  }

  /**
   * Whether the figure is exact.
   *
   * @return true when its precision is {@link Precision#exact()}
   */
  public boolean isExact() {
    return precision().isExact();
  }

  /**
   * The value as an exact fraction.
   *
   * @return the value
   */
  public Rational toRational() {
    Large l = large();
    return l != null ? Rational.ofChecked(l.value) : Fractions.ofDecimal(unscaled, scale);
  }

  /**
   * The exact difference {@code this − other} of two figures of one unit, as a fraction: {@code
   * 1919 − 1880} maintainers is {@code 39}. The same number as {@code
   * toRational().minus(other.toRational())}, computed from the digits when both figures are written
   * with the same decimal places.
   *
   * @param other the figure subtracted, of the same unit
   * @return the difference, ignoring precision
   * @throws UnitMismatchException if the units differ
   */
  public Rational differenceFrom(Quantity other) {
    requireSameUnit(other);
    if (large() == null && other.large() == null && scale == other.scale) {
      // Both unscaled values have at most 18 digits: their difference is a long.
      return Fractions.ofDecimal(unscaled - other.unscaled, scale);
    }
    return toRational().minus(other.toRational());
  }

  /**
   * Where this figure lies on the way from {@code start} to {@code end}, as an exact fraction:
   * {@code (this − start) / (end − start)}. 1919 maintainers on the way from 1880 to 1974 is {@code
   * 39/94}; the fraction is 0 at the start, 1 at the end, negative before the start and above 1
   * past the end. The same number as {@code
   * differenceFrom(start).dividedBy(end.differenceFrom(start))}, computed with one reduction when
   * the three values fit in longs.
   *
   * @param start the figure at fraction 0, of the same unit
   * @param end the figure at fraction 1, of the same unit
   * @return the fraction of the way, ignoring precision
   * @throws UnitMismatchException if the units differ
   * @throws ArithmeticException if {@code end} equals {@code start} in value
   */
  public Rational fractionOfWay(Quantity start, Quantity end) {
    requireSameUnit(start);
    requireSameUnit(end);
    if (end.compareTo(start) == 0) {
      throw new ArithmeticException(
          "no way from " + start + " to " + end + ": the two values are equal");
    }
    return FigureRatios.fractionOfWay(this, start, end);
  }

  /**
   * The relative change from {@code old} to this figure, in percent, exactly: {@code (this − old) /
   * |old| × 100}. 1880 → 1919 maintainers is {@code 195/94} ({@code 2.0744…%}); from a negative
   * value the change is divided by its magnitude, so −57.0 → −40.3 is {@code +29.30%}. The same
   * number as {@code differenceFrom(old).dividedBy(old.toRational().abs()).multipliedBy(100)},
   * computed with one reduction when both values fit in longs.
   *
   * @param old the figure changed from, of the same unit
   * @return the change in percent, ignoring precision
   * @throws UnitMismatchException if the units differ
   * @throws ArithmeticException if {@code old} is zero
   */
  public Rational percentChangeFrom(Quantity old) {
    requireSameUnit(old);
    if (old.signum() == 0) {
      throw new ArithmeticException("no relative change from zero: " + old + " to " + this);
    }
    Rational fast = FigureRatios.percentChange(old, this);
    return fast != null
        ? fast
        : differenceFrom(old).dividedBy(old.toRational().abs()).multipliedBy(Rational.ONE_HUNDRED);
  }

  /**
   * The sign of the value.
   *
   * @return −1, 0 or 1 as the value is negative, zero or positive
   */
  public int signum() {
    Large l = large();
    return l != null ? l.value.signum() : Long.signum(unscaled);
  }

  /** The unscaled value of a compact figure: its value times 10^{@link #scale()}. */
  long unscaled() {
    return unscaled;
  }

  /** The decimal places of a compact figure's value. */
  int scale() {
    return scale;
  }

  /**
   * Every value the figure may stand for, given its precision.
   *
   * @return {@code [value − step/2, value + step/2]}, or the value alone when exact
   */
  public Interval interval() {
    return precision().intervalAround(value());
  }

  /**
   * A copy with another value, keeping unit and precision.
   *
   * @param newValue the value
   * @return the copy, or {@code this} when the value is equal in value and scale
   * @throws IllegalArgumentException if {@code newValue} is not a multiple of the precision's step
   */
  public Quantity withValue(BigDecimal newValue) {
    DecimalLimits.check(newValue, "value");
    Precision precision = precision();
    FigureValues.checkOnStep(newValue, precision);
    BigDecimal normalized = FigureValues.normalize(newValue, precision);
    BigDecimal value = value();
    boolean same = normalized.compareTo(value) == 0 && normalized.scale() == value.scale();
    return same ? this : new Quantity(normalized, unit, precision);
  }

  /**
   * A copy with another precision.
   *
   * @param newPrecision the precision
   * @return the copy, or {@code this} when the precision is equal
   * @throws IllegalArgumentException if the value is not a multiple of the new precision's step
   */
  public Quantity withPrecision(Precision newPrecision) {
    Checks.notNull(newPrecision, "precision");
    return newPrecision.equals(precision()) ? this : of(value(), unit, newPrecision);
  }

  /**
   * Whether the two figures are numerically equal, ignoring precision.
   *
   * @param other the other figure, of the same unit
   * @return true when the values are equal
   * @throws UnitMismatchException if the units differ
   */
  public boolean isEqual(Quantity other) {
    return compareTo(other) == 0;
  }

  /**
   * Checks that {@code other} has this figure's unit.
   *
   * @param other the other figure
   * @return {@code other}
   * @throws UnitMismatchException if the units differ
   */
  public Quantity requireSameUnit(Quantity other) {
    Checks.notNull(other, "other quantity");
    unit.requireSame(other.unit);
    return other;
  }

  /**
   * Orders figures of the same unit by value, ignoring precision.
   *
   * @param other the other figure
   * @return negative, zero or positive as this value is less than, equal to or greater than the
   *     other
   * @throws UnitMismatchException if the units differ
   */
  @Override
  public int compareTo(Quantity other) {
    requireSameUnit(other);
    if (large() == null && other.large() == null) {
      // Fractions over powers of ten, cross-multiplied exactly in 128 bits, at any two scales.
      return LongFractions.compare(
          unscaled,
          LongFractions.POWERS_OF_TEN[scale],
          other.unscaled,
          LongFractions.POWERS_OF_TEN[other.scale]);
    }
    return value().compareTo(other.value());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Quantity other)) {
      return false;
    }
    return sameValue(other) && unit.equals(other.unit) && precision().equals(other.precision());
  }

  /**
   * Whether the values are equal in value and scale, as {@link BigDecimal#equals}: a compact value
   * and a large one never are, as every value of up to 18 digits is compact.
   */
  private boolean sameValue(Quantity other) {
    Large mine = large();
    Large theirs = other.large();
    if (mine == null || theirs == null) {
      return mine == null && theirs == null && unscaled == other.unscaled && scale == other.scale;
    }
    return mine.value.compareTo(theirs.value) == 0 && mine.value.scale() == theirs.value.scale();
  }

  /**
   * {@code Objects.hash(value(), unit(), precision())}, without building the {@link BigDecimal}.
   */
  @Override
  public int hashCode() {
    Large l = large();
    // BigDecimal's hash: 31 × the hash of its unscaled BigInteger, plus its scale.
    int valueHash =
        l != null ? l.value.hashCode() : 31 * LongFractions.bigIntegerHash(unscaled) + scale;
    // Objects.hash of the three, without boxing.
    return 31 * (31 * (31 + valueHash) + unit.hashCode()) + precision().hashCode();
  }

  /**
   * The figure with its unit and, when not implied by its digits, its precision: {@code "3.8/5"},
   * {@code "1134 code reviews (exact)"}, {@code "238900000 pages (to the nearest 100000)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    BigDecimal value = value();
    Precision precision = precision();
    String printed = unit.format(value.toPlainString());
    boolean impliedByDigits = !precision.isExact() && precision.equals(Precision.ofDigits(value));
    return impliedByDigits ? printed : String.format(Locale.ROOT, "%s (%s)", printed, precision);
  }
}
