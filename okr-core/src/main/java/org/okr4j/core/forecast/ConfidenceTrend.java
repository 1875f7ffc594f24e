package org.okr4j.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.UndefinedReason;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Confidence;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.quantity.Rational;

/**
 * How the stated confidence of a key result moved between its last two check-ins that state one
 * (dated by {@link CheckIn#date()}, not after the as-of day): the change of their {@linkplain
 * Confidence#toFraction() fractions}, exactly, whatever scales they were stated on. 7/10 then 0.5
 * is a change of {@code 1/2 − 7/10 = −1/5}: {@link Direction#FALLING}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConfidenceTrend {
  /** Which way confidence moved. */
  public enum Direction {
    /** The later confidence is higher. */
    RISING,
    /** The later confidence is equal, as a fraction. */
    STEADY,
    /** The later confidence is lower. */
    FALLING
  }

  private static final Comparator<CheckIn> BY_DATE = Comparator.comparing(CheckIn::date);

  private final Confidence from;
  private final Confidence to;

  private ConfidenceTrend(Confidence from, Confidence to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The trend of a key result's stated confidence.
   *
   * @param keyResult the key result
   * @param asOf check-ins dated after this day are not used
   * @return the trend, or undefined ({@link UndefinedReason#TOO_FEW_POINTS}) when fewer than two
   *     check-ins state a confidence
   */
  public static Outcome<ConfidenceTrend> of(KeyResult keyResult, LocalDate asOf) {
    List<CheckIn> stated = stated(keyResult, asOf);
    if (stated.size() < 2) {
      return Outcome.undefined(
          UndefinedReason.TOO_FEW_POINTS,
          Explanation.of(
              "confidence trend of " + keyResult.id(),
              "later confidence − earlier confidence",
              stated.size() + " check-in(s) with a confidence by " + asOf,
              "undefined (" + UndefinedReason.TOO_FEW_POINTS.description() + ")"));
    }
    Confidence from = stated.get(stated.size() - 2).confidence().orElseThrow();
    Confidence to = stated.get(stated.size() - 1).confidence().orElseThrow();
    ConfidenceTrend trend = new ConfidenceTrend(from, to);
    return Outcome.defined(
        trend,
        () ->
            Explanation.of(
                "confidence trend of " + keyResult.id(),
                "later confidence − earlier confidence, as fractions",
                Figures.exact(to.toFraction()) + " − " + Figures.exact(from.toFraction()),
                Figures.exact(trend.change()) + " (" + trend.direction() + ")"));
  }

  /**
   * The confidence of the latest check-in that states one, not dated after {@code asOf}.
   *
   * @param keyResult the key result
   * @param asOf the day
   * @return the confidence, or empty
   */
  public static Optional<Confidence> latest(KeyResult keyResult, LocalDate asOf) {
    List<CheckIn> stated = stated(keyResult, asOf);
    return stated.isEmpty() ? Optional.empty() : stated.get(stated.size() - 1).confidence();
  }

  private static List<CheckIn> stated(KeyResult keyResult, LocalDate asOf) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(asOf, "as-of date");
    List<CheckIn> stated = new ArrayList<>();
    for (CheckIn c : keyResult.checkIns()) {
      if (c.confidence().isPresent() && !c.date().isAfter(asOf)) {
        stated.add(c);
      }
    }
    stated.sort(BY_DATE);
    return stated;
  }

  /**
   * The earlier confidence.
   *
   * @return the confidence as stated
   */
  public Confidence from() {
    return from;
  }

  /**
   * The later confidence.
   *
   * @return the confidence as stated
   */
  public Confidence to() {
    return to;
  }

  /**
   * The change as fractions.
   *
   * @return {@code to.toFraction() − from.toFraction()}
   */
  public Rational change() {
    return to.toFraction().minus(from.toFraction());
  }

  /**
   * Which way confidence moved.
   *
   * @return the sign of {@link #change()}
   */
  public Direction direction() {
    int sign = change().signum();
    if (sign == 0) {
      return Direction.STEADY;
    }
    return sign > 0 ? Direction.RISING : Direction.FALLING;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ConfidenceTrend other && from.equals(other.from) && to.equals(other.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /**
   * {@code "ConfidenceTrend[7/10 → 0.5, FALLING]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ConfidenceTrend[" + from + " → " + to + ", " + direction() + "]";
  }
}
