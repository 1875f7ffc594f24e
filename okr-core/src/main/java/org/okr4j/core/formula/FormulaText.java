package org.okr4j.core.formula;

import java.util.List;
import org.okr4j.core.model.ChangeMeasure;

/**
 * The text of the formulas in {@link Formulas}, in words and with the numbers filled in, so that
 * the calculators' explanations and the audit's describe a formula the same way.
 *
 * <p>Numbers are passed as printed ({@code "-57.0"}); a negative number is written with a minus
 * sign (U+2212) and, after an operator, in parentheses: {@code (−40.3 − (−57.0)) / |−57.0|}.
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
    String difference = flipped ? minus(from, to) : minus(to, from);
    String percent = relativeInPercent ? " × 100" : "";
    return switch (measure) {
      case RELATIVE ->
          isNegative(from)
              ? new Text(
                  "(" + symbolic + ") / |old|" + percent,
                  "(" + difference + ") / |" + leading(from) + "|" + percent)
              : new Text(
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
    String b = leading(base);
    String c = operand(amount);
    return switch (measure) {
      case RELATIVE ->
          isNegative(base)
              ? new Text(
                  "baseline + |baseline| × change / 100", b + " + |" + b + "| × " + c + " / 100")
              : new Text("baseline × (1 + change / 100)", b + " × (1 + " + c + " / 100)");
      case PERCENTAGE_POINTS -> new Text("baseline + change", b + " + " + c);
      case SCALE_POINTS ->
          new Text(
              "baseline + change / 100 × " + scaleInWords, b + " + " + c + " / 100 × " + scale);
    };
  }

  /**
   * The text of {@link Formulas#share}: a share, ratio or percent of a target.
   *
   * @param numerator the name of the figure divided, such as {@code "part"}
   * @param denominator the name of the figure divided by, such as {@code "whole"}
   * @param a the first number as printed
   * @param b the second number as printed
   * @param inPercent whether the result shows its {@code × 100}
   * @return the text
   */
  public static Text quotient(
      String numerator, String denominator, String a, String b, boolean inPercent) {
    String percent = inPercent ? " × 100" : "";
    return new Text(
        numerator + " / " + denominator + percent, leading(a) + " / " + operand(b) + percent);
  }

  /**
   * The text of {@link Formulas#sum} or {@link Formulas#mean}.
   *
   * @param terms the terms as printed
   * @param mean whether the sum is divided by the number of terms
   * @return the text
   */
  public static Text sum(List<String> terms, boolean mean) {
    StringBuilder sb = new StringBuilder(leading(terms.get(0)));
    for (int i = 1; i < terms.size(); i++) {
      sb.append(" + ").append(operand(terms.get(i)));
    }
    return mean
        ? new Text("(a + b + …) / n", "(" + sb + ") / " + terms.size())
        : new Text("a + b + …", sb.toString());
  }

  /**
   * The text of a restatement: the value itself.
   *
   * @param value the value as printed
   * @return the text
   */
  public static Text restatement(String value) {
    return new Text("value", leading(value));
  }

  /**
   * {@code a − b} with both numbers written readably: {@code −40.3 − (−57.0)}.
   *
   * @param a the minuend as printed
   * @param b the subtrahend as printed
   * @return the text
   */
  public static String minus(String a, String b) {
    return leading(a) + " − " + operand(b);
  }

  /**
   * A number as the first term of a formula: a leading hyphen-minus becomes a minus sign.
   *
   * @param number the number as printed, such as {@code "-57.0"}
   * @return {@code "−57.0"}
   */
  public static String leading(String number) {
    if (number.startsWith("-")) {
      return "−" + number.substring(1);
    }
    if (number.startsWith("(-")) {
      return "(−" + number.substring(2);
    }
    return number;
  }

  /**
   * A number after an operator: negative numbers in parentheses, {@code (−57.0)}.
   *
   * @param number the number as printed
   * @return the text
   */
  public static String operand(String number) {
    return number.startsWith("-") ? "(" + leading(number) + ")" : leading(number);
  }

  /**
   * Whether a number as printed is negative.
   *
   * @param number the number as printed, possibly a fraction in parentheses
   * @return true when it starts with a minus
   */
  public static boolean isNegative(String number) {
    return number.startsWith("-") || number.startsWith("(-");
  }
}
