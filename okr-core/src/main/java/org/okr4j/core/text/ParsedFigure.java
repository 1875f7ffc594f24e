package org.okr4j.core.text;

import java.util.Optional;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;

/**
 * A figure read from text: its value with the unit and precision the text states, the end of a
 * range ({@code 5–10%}), the comparison it is printed with ({@code <13.2 mins}) and whether it is
 * marked approximate ({@code ~}, {@code about}).
 *
 * <p>An approximate marker does not widen the precision: {@code about 40%} is stated to the nearest
 * 1 like {@code 40%}, and flagged {@link #approximate()} for the reader to judge.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the figure as printed, without surrounding spaces
 * @param value the value, or the start of a range
 * @param rangeEnd the end of a range, in the same unit
 * @param comparison the comparison printed before the figure
 * @param approximate whether the figure is marked approximate
 */
public record ParsedFigure(
    String text,
    Quantity value,
    Optional<Quantity> rangeEnd,
    Comparison comparison,
    boolean approximate) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the text is blank or the range end has another unit or is
   *     below the start
   * @param text the text
   * @param value the value
   * @param rangeEnd the rangeEnd
   * @param comparison the comparison
   * @param approximate the approximate
   */
  public ParsedFigure {
    Checks.notBlank(text, "figure text");
    Checks.notNull(value, "value");
    Checks.notNull(rangeEnd, "range end");
    Checks.notNull(comparison, "comparison");
    rangeEnd.ifPresent(
        end -> {
          value.requireSameUnit(end);
          Checks.argument(
              end.compareTo(value) >= 0,
              "range end (%s) must not be below its start (%s)",
              end,
              value);
        });
  }

  /**
   * A plain figure: no range, no comparison, not approximate.
   *
   * @param text the figure as printed
   * @param value the value
   * @return the figure
   */
  public static ParsedFigure of(String text, Quantity value) {
    return new ParsedFigure(text, value, Optional.empty(), Comparison.EQUAL, false);
  }

  /**
   * Whether the figure is a range.
   *
   * @return true when {@link #rangeEnd()} is present
   */
  public boolean isRange() {
    return rangeEnd.isPresent();
  }

  /**
   * Whether the figure is a plain value: not a range, not compared, not approximate.
   *
   * @return true for a plain figure such as {@code 74,549}
   */
  public boolean isPlain() {
    return rangeEnd.isEmpty() && comparison == Comparison.EQUAL && !approximate;
  }
}
