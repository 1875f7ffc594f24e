package org.okr4j.core.text;

import java.util.Optional;
import org.okr4j.core.internal.Checks;

/**
 * The derivation a printed derived figure's words claim: {@code 11% decrease} is a relative change,
 * decreasing, against an unstated reference; {@code 22% under plan} a relative change under the
 * plan; {@code 90% of target} a share of the target; {@code 5% compared with May} a change against
 * a named period.
 *
 * <p>This is what the text says, not a judgement of whether it holds: {@link ClaimMapping} turns it
 * into the model's {@link org.okr4j.core.model.StatedChange} where the model can express it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reference what the figure is measured against
 * @param referenceName the period named ({@code "May"}), for {@link Reference#NAMED_PERIOD}
 * @param measure how it is measured
 * @param sense which way its words say it goes
 */
public record DerivationClaim(
    Reference reference, Optional<String> referenceName, Measure measure, Sense sense) {

  /** What a derived figure is measured against. */
  public enum Reference {
    /** No words name the reference. */
    UNSTATED,
    /** The baseline ("from baseline", "vs baseline"). */
    BASELINE,
    /** The period before ("compared with the previous quarter", "quarter over quarter"). */
    PREVIOUS_PERIOD,
    /** A named period ("compared with May", "since Q1"). */
    NAMED_PERIOD,
    /** The same period a year earlier ("year over year", "compared with the previous year"). */
    YEAR_EARLIER,
    /** The plan or budget ("under plan", "over budget"). */
    PLAN,
    /** The target or goal ("of target"). */
    TARGET
  }

  /** How a derived figure is measured. */
  public enum Measure {
    /** A relative change, in percent. */
    RELATIVE,
    /** A difference of two percentages, in percentage points. */
    PERCENTAGE_POINTS,
    /** A difference in points of a scale. */
    SCALE_POINTS,
    /** An absolute difference in the figure's own unit ({@code $0.36MM under plan}). */
    DIFFERENCE,
    /** A share of the reference, in percent ({@code 90% of target}). */
    SHARE
  }

  /** Which way the words say a derived figure goes. */
  public enum Sense {
    /** No words: the printed sign is all there is. */
    AS_SIGNED,
    /** "increase", "growth", "up". */
    INCREASE,
    /** "decrease", "decline", "reduction", "down". */
    DECREASE,
    /** "under", "below" (a plan). */
    UNDER,
    /** "over", "above" (a plan). */
    OVER
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a named period has no name, or another reference has one
   * @param reference the reference
   * @param referenceName the referenceName
   * @param measure the measure
   * @param sense the sense
   */
  public DerivationClaim {
    Checks.notNull(reference, "reference");
    Checks.notNull(referenceName, "reference name");
    Checks.notNull(measure, "measure");
    Checks.notNull(sense, "sense");
    Checks.argument(
        referenceName.isPresent() == (reference == Reference.NAMED_PERIOD),
        "a reference name (%s) is given exactly for a named period, not for %s",
        referenceName.orElse("none"),
        reference);
  }

  /**
   * A claim against a reference that is not a named period.
   *
   * @param reference the reference
   * @param measure the measure
   * @param sense the sense
   * @return the claim
   */
  public static DerivationClaim of(Reference reference, Measure measure, Sense sense) {
    return new DerivationClaim(reference, Optional.empty(), measure, sense);
  }

  /**
   * A short description: {@code "relative change, decrease, against an unstated reference"}.
   *
   * @return the description
   */
  public String describe() {
    String against =
        switch (reference) {
          case UNSTATED -> "an unstated reference";
          case NAMED_PERIOD -> referenceName.orElse("");
          default -> "the " + reference.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    return measure.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ", "
        + sense.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ", against "
        + against;
  }
}
