package org.okr4j.core.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * What a figure counts or measures: a count of something, a percentage, a ratio, a duration, or a
 * score on a bounded scale such as {@code /5}.
 *
 * <p>Units never convert into each other. Two quantities can be compared, summed or subtracted only
 * when their units are equal; otherwise okr4j throws {@link UnitMismatchException}. A count of
 * tools and a count of maintainers are different units.
 *
 * <p>Percentages are held as percent values: 24.9% is the number {@code 24.9} in unit {@link
 * #percent()}. A change between two percentages can then be read in percentage points.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Unit {
  /** The family a unit belongs to; decides which changes and displays make sense. */
  public enum Kind {
    /** A number of things (tools, maintainers, code reviews); possibly with a noun. */
    COUNT,
    /** A percentage, held as percent (24.9 for 24.9%). */
    PERCENT,
    /** A plain ratio or fraction (0.249). */
    RATIO,
    /** A length of time in a named unit (days, hours, minutes). */
    DURATION,
    /** A score on a bounded scale from zero to its maximum ({@code 3.8/5}). */
    SCORE,
    /** Any other unit, named by its symbol. */
    OTHER
  }

  private static final Unit COUNT = new Unit(Kind.COUNT, "", null);
  private static final Unit PERCENT = new Unit(Kind.PERCENT, "%", null);
  private static final Unit RATIO = new Unit(Kind.RATIO, "", null);
  private static final Unit DAYS = new Unit(Kind.DURATION, "days", null);
  private static final Unit HOURS = new Unit(Kind.DURATION, "hours", null);
  private static final Unit MINUTES = new Unit(Kind.DURATION, "minutes", null);

  private final Kind kind;
  private final String symbol;
  private final @Nullable BigDecimal scaleMaximum;

  private Unit(Kind kind, String symbol, @Nullable BigDecimal scaleMaximum) {
    this.kind = kind;
    this.symbol = symbol;
    this.scaleMaximum = scaleMaximum;
  }

  /**
   * A count of unnamed things.
   *
   * @return the plain count unit
   */
  public static Unit count() {
    return COUNT;
  }

  /**
   * A count of named things: {@code count("tools")}. Counts of different nouns are different units.
   *
   * @param noun what is counted, plural ("tools", "maintainers")
   * @return the unit
   */
  public static Unit count(String noun) {
    Checks.notBlank(noun, "noun");
    return new Unit(Kind.COUNT, noun.strip(), null);
  }

  /**
   * Percent: 24.9% is held as {@code 24.9}.
   *
   * @return the percent unit
   */
  public static Unit percent() {
    return PERCENT;
  }

  /**
   * A plain ratio: 0.249.
   *
   * @return the ratio unit
   */
  public static Unit ratio() {
    return RATIO;
  }

  /**
   * Days.
   *
   * @return the unit of durations in days
   */
  public static Unit days() {
    return DAYS;
  }

  /**
   * Hours.
   *
   * @return the unit of durations in hours
   */
  public static Unit hours() {
    return HOURS;
  }

  /**
   * Minutes.
   *
   * @return the unit of durations in minutes
   */
  public static Unit minutes() {
    return MINUTES;
  }

  /**
   * A score on a scale from zero to {@code maximum}, printed {@code 3.8/5}.
   *
   * <p>A change between two scores can be read in points of the scale: {@code (new − old) /
   * maximum}, so 3.8/5 → 3.4/5 is −8 points.
   *
   * @param maximum the top of the scale, greater than zero
   * @return the unit
   * @throws IllegalArgumentException if {@code maximum} is not positive or outside {@link
   *     DecimalLimits}
   */
  public static Unit scoreOutOf(BigDecimal maximum) {
    // Limits first: they refuse 1e999999999 without printing it.
    DecimalLimits.check(maximum, "scale maximum");
    Checks.positive(maximum, "scale maximum");
    BigDecimal normalized = maximum.stripTrailingZeros();
    if (normalized.scale() < 0) {
      normalized = normalized.setScale(0);
    }
    return new Unit(Kind.SCORE, "/" + normalized.toPlainString(), normalized);
  }

  /**
   * A score on a scale from zero to {@code maximum}.
   *
   * @param maximum the top of the scale, greater than zero
   * @return the unit
   * @see #scoreOutOf(BigDecimal)
   */
  public static Unit scoreOutOf(long maximum) {
    return scoreOutOf(BigDecimal.valueOf(maximum));
  }

  /**
   * Any other unit, named by its symbol ("MB", "requests/s"). Units with equal symbols are equal,
   * and a symbol that names a built-in unit gives that unit: {@code of("days")} is {@link #days()},
   * {@code of("%")} and {@code of("percent")} are {@link #percent()}, likewise {@code "hours"},
   * {@code "minutes"}, {@code "ratio"} and {@code "count"}.
   *
   * @param symbol the symbol printed after a value
   * @return the unit
   */
  public static Unit of(String symbol) {
    Checks.notBlank(symbol, "unit symbol");
    String s = symbol.strip();
    return switch (s) {
      case "%", "percent" -> PERCENT;
      case "days" -> DAYS;
      case "hours" -> HOURS;
      case "minutes" -> MINUTES;
      case "ratio" -> RATIO;
      case "count" -> COUNT;
      default -> new Unit(Kind.OTHER, s, null);
    };
  }

  /**
   * The family of the unit.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The symbol printed with a value: {@code "%"}, {@code "days"}, {@code "/5"}, a counted noun, or
   * empty for a plain count or ratio.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether this is {@link #percent()}.
   *
   * @return true for percentages
   */
  public boolean isPercent() {
    return kind == Kind.PERCENT;
  }

  /**
   * The top of the scale of a {@linkplain Kind#SCORE score}.
   *
   * @return the scale maximum, or empty for any other unit
   */
  public Optional<BigDecimal> scaleMaximum() {
    return Optional.ofNullable(scaleMaximum);
  }

  /**
   * A plain decimal written with this unit: {@code "24.9%"}, {@code "17 days"}, {@code "3.4/5"},
   * {@code "8 tools"}, {@code "1134"}.
   *
   * @param plainValue the value already rounded and printed as a plain decimal
   * @return the value with its unit
   */
  public String format(String plainValue) {
    Checks.notNull(plainValue, "value");
    return switch (kind) {
      case PERCENT, SCORE -> plainValue + symbol;
      default -> symbol.isEmpty() ? plainValue : plainValue + " " + symbol;
    };
  }

  /**
   * Refuses a unit other than this one: the check behind {@link Quantity#requireSameUnit}, for
   * callers that hold a unit rather than a figure of it.
   *
   * @param other the unit that must equal this one
   * @return {@code other}
   * @throws UnitMismatchException if the units differ ({@code "Units differ: days/percent"}, this
   *     unit first)
   */
  public Unit requireSame(Unit other) {
    Checks.notNull(other, "other unit");
    if (!equals(other)) {
      throw new UnitMismatchException(this, other);
    }
    return other;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Unit other)) {
      return false;
    }
    return kind == other.kind
        && symbol.equals(other.symbol)
        && Objects.equals(scaleMaximum, other.scaleMaximum);
  }

  @Override
  public int hashCode() {
    // Objects.hash(kind, symbol, scaleMaximum), without its array.
    return 31 * (31 * (31 + kind.hashCode()) + symbol.hashCode()) + Objects.hashCode(scaleMaximum);
  }

  /**
   * The unit's name for messages: {@code "percent"}, {@code "days"}, {@code "score/5"}, {@code
   * "count"}, {@code "count of tools"}, {@code "ratio"}, or the symbol of any other unit.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return switch (kind) {
      case COUNT -> symbol.isEmpty() ? "count" : "count of " + symbol;
      case PERCENT -> "percent";
      case RATIO -> "ratio";
      case SCORE -> "score" + symbol;
      default -> symbol;
    };
  }
}
