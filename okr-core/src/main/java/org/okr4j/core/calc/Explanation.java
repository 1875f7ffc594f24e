package org.okr4j.core.calc;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * How a figure was computed: what it is, the formula, the formula with the numbers filled in, and
 * the result as displayed.
 *
 * <p>{@code progress = (current − baseline) / (target − baseline) = (1919 − 1880) / (1974 − 1880) =
 * 41.49%}. Inputs are written as stated; the displayed result is rounded as its calculator
 * documents (progress and percentages to two decimals, {@link java.math.RoundingMode#HALF_UP}),
 * while the exact value stays in the {@link Outcome}. An explanation may hold the explanations of
 * the steps it used ({@link #steps()}), such as the target value a change target resolves to.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Explanation {
  /**
   * The deepest an explanation may nest: one without steps has depth 1, and each level of {@link
   * #steps()} adds one. Every calculator stays far below it (a rollup adds two levels per level of
   * objectives, and objectives nest at most {@link
   * org.okr4j.core.model.Objective#MAX_NESTING_DEPTH} deep); the bound keeps {@link #toString()},
   * {@link #equals} and {@link #hashCode} from overflowing the stack.
   */
  public static final int MAX_DEPTH = 1_000;

  private final String subject;
  private final String formula;
  private final String substituted;
  private final String result;
  private final List<Explanation> steps;
  private final int depth;

  private Explanation(
      String subject, String formula, String substituted, String result, List<Explanation> steps) {
    this.subject = subject;
    this.formula = formula;
    this.substituted = substituted;
    this.result = result;
    this.steps = steps;
    int deepest = 0;
    for (Explanation step : steps) {
      deepest = Math.max(deepest, step.depth);
    }
    this.depth = deepest + 1;
  }

  /**
   * An explanation without steps.
   *
   * @param subject what was computed ("progress")
   * @param formula the formula in words ("(current − baseline) / (target − baseline)")
   * @param substituted the formula with the numbers filled in ("(1919 − 1880) / (1974 − 1880)")
   * @param result the result as displayed ("41.49%"), or why there is none
   * @return the explanation
   */
  public static Explanation of(String subject, String formula, String substituted, String result) {
    return new Explanation(
        Checks.notNull(subject, "subject"),
        Checks.notNull(formula, "formula"),
        Checks.notNull(substituted, "substituted formula"),
        Checks.notNull(result, "result"),
        List.of());
  }

  /**
   * A copy with the explanations of the steps this result used.
   *
   * @param newSteps the steps, in the order they were taken
   * @return the copy
   * @throws IllegalArgumentException if the copy would nest deeper than {@link #MAX_DEPTH}
   */
  public Explanation withSteps(List<Explanation> newSteps) {
    Checks.noNullElements(newSteps, "steps");
    Explanation copy =
        new Explanation(subject, formula, substituted, result, List.copyOf(newSteps));
    Checks.argument(
        copy.depth <= MAX_DEPTH,
        "explanation of %s would nest %d deep, more than the maximum (%d, Explanation.MAX_DEPTH)",
        Checks.quoted(subject),
        copy.depth,
        MAX_DEPTH);
    return copy;
  }

  /**
   * What was computed.
   *
   * @return the subject, such as {@code "progress"}
   */
  public String subject() {
    return subject;
  }

  /**
   * The formula in words.
   *
   * @return the formula
   */
  public String formula() {
    return formula;
  }

  /**
   * The formula with the numbers filled in.
   *
   * @return the substituted formula
   */
  public String substituted() {
    return substituted;
  }

  /**
   * The result as displayed, or why there is none.
   *
   * @return the result text
   */
  public String result() {
    return result;
  }

  /**
   * The explanations of the steps this result used.
   *
   * @return the steps, possibly empty
   */
  public List<Explanation> steps() {
    return steps;
  }

  /**
   * The numbers and the result: {@code "(1919 − 1880) / (1974 − 1880) = 41.49%"}.
   *
   * @return the short form
   */
  public String brief() {
    return substituted + " = " + result;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Explanation other)) {
      return false;
    }
    return subject.equals(other.subject)
        && formula.equals(other.formula)
        && substituted.equals(other.substituted)
        && result.equals(other.result)
        && steps.equals(other.steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, formula, substituted, result, steps);
  }

  /**
   * The whole explanation on one line: {@code "progress = (current − baseline) / (target −
   * baseline) = (1919 − 1880) / (1974 − 1880) = 41.49%"}, followed by the steps in brackets.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(subject).append(" = ").append(formula).append(" = ").append(brief());
    if (!steps.isEmpty()) {
      sb.append(" [where ");
      for (int i = 0; i < steps.size(); i++) {
        if (i > 0) {
          sb.append("; ");
        }
        sb.append(steps.get(i));
      }
      sb.append(']');
    }
    return sb.toString();
  }
}
