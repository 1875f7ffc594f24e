package org.okr4j.core.formula;

import org.okr4j.core.model.ChangeMeasure;

/**
 * The text of the formulas in {@link Formulas}, in words and with the numbers filled in, so that
 * the calculators' explanations and the audit's describe a formula the same way.
 */
public final class FormulaText {
  /**
   * A formula in words and with its numbers filled in.
   *
   * @param formula the formula in words, such as {@code "(new − old) / old"}
   * @param substituted the formula with the numbers, such as {@code "(1919 − 1880) / 1880"}
   */
  public record Text(String formula, String substituted) {}

  private FormulaText() {}

  /**
   * The text of {@link Formulas#change}, read in a sense.
   *
   * @param measure how the change is measured
   * @param flipped whether it is read as {@code old − new} (an improvement of a lower-is-better
   *     metric)
   * @param from the old value as printed
   * @param to the new value as printed
   * @param scale the scale maximum as printed, for points of a scale
   * @param relativeInPercent whether a relative change shows its {@code × 100}
   * @return the text
   */
  public static Text change(
      ChangeMeasure measure,
      boolean flipped,
      String from,
      String to,
      String scale,
      boolean relativeInPercent) {
    String symbolic = flipped ? "old − new" : "new − old";
    String difference = flipped ? from + " − " + to : to + " − " + from;
    String percent = relativeInPercent ? " × 100" : "";
    return switch (measure) {
      case RELATIVE ->
          new Text(
              "(" + symbolic + ") / old" + percent, "(" + difference + ") / " + from + percent);
      case PERCENTAGE_POINTS -> new Text(symbolic, difference);
      case SCALE_POINTS ->
          new Text(
              "(" + symbolic + ") / " + scale + " × 100",
              "(" + difference + ") / " + scale + " × 100");
    };
  }

  /**
   * The text of {@link Formulas#applyChange}.
   *
   * @param measure how the change is measured
   * @param base the baseline as printed
   * @param amount the change as printed
   * @param scaleInWords the scale maximum as the formula in words names it
   * @param scale the scale maximum as printed
   * @return the text
   */
  public static Text applyChange(
      ChangeMeasure measure, String base, String amount, String scaleInWords, String scale) {
    return switch (measure) {
      case RELATIVE ->
          new Text("baseline × (1 + change / 100)", base + " × (1 + " + amount + " / 100)");
      case PERCENTAGE_POINTS -> new Text("baseline + change", base + " + " + amount);
      case SCALE_POINTS ->
          new Text(
              "baseline + change / 100 × " + scaleInWords,
              base + " + " + amount + " / 100 × " + scale);
    };
  }
}
