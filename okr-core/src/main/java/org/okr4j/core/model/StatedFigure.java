package org.okr4j.core.model;

import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;

/**
 * A figure exactly as a report prints it ({@code "-1.4%"}, {@code "18 days"}), with the value it
 * was read as and that value's stated precision.
 *
 * <p>The text is kept so that an audit can quote the report; the value is what is checked.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatedFigure {
  StatedFigure() {}

  /**
   * A printed figure.
   *
   * @param text the figure as printed
   * @param value the value it was read as, with its stated precision
   * @return the figure
   */
  public static StatedFigure of(String text, Quantity value) {
    return ImmutableStatedFigure.of(text, value);
  }

  /**
   * The figure as printed.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String text();

  /**
   * The value read from the text.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract Quantity value();

  @Value.Check
  void check() {
    Checks.notBlank(text(), "stated figure text");
  }
}
