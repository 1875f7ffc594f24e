package org.okr4j.core.text;

import org.okr4j.core.internal.Checks;

/**
 * A derived figure a cell states, with the derivation its words claim: {@code 36% increase} beside
 * {@code 14 days}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param printed the figure with its words, as printed ({@code "36% increase"})
 * @param figure the figure; its value carries the sign its words give ({@code 11% decrease} is
 *     −11%)
 * @param claim the derivation its words claim
 */
public record DerivedFigure(String printed, ParsedFigure figure, DerivationClaim claim) {
  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the printed text is blank
   * @param printed the printed
   * @param figure the figure
   * @param claim the claim
   */
  public DerivedFigure {
    Checks.notBlank(printed, "printed derived figure");
    Checks.notNull(figure, "figure");
    Checks.notNull(claim, "claim");
  }
}
