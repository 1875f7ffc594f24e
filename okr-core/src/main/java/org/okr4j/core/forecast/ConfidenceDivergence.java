package org.okr4j.core.forecast;

import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.Confidence;

/**
 * Whether the confidence stated for a key result agrees with where it is projected to end.
 *
 * <p>The confidence is read as three states ({@link Confidence#level()}: low below 1/3, medium from
 * 1/3, high from 2/3 of certainty) and set against the {@link Projection.Verdict}: high confidence
 * in a key result projected {@link Projection.Verdict#OFF_COURSE off course} is {@link
 * #OVERCONFIDENT}; low confidence in one projected {@link Projection.Verdict#ON_COURSE on course}
 * is {@link #UNDERCONFIDENT}; a projection that cannot tell or is not judged gives {@link
 * #CANNOT_TELL}; everything else, medium confidence included, is {@link #CONSISTENT}.
 */
public enum ConfidenceDivergence {
  /** The stated confidence agrees with the projection. */
  CONSISTENT,
  /** High confidence, projected off course. */
  OVERCONFIDENT,
  /** Low confidence, projected on course. */
  UNDERCONFIDENT,
  /** The projection does not say whether the target is reached. */
  CANNOT_TELL;

  /**
   * Sets a stated confidence against a projection.
   *
   * @param stated the stated confidence
   * @param projection the projection
   * @return the divergence
   */
  public static ConfidenceDivergence between(Confidence stated, Projection projection) {
    Checks.notNull(stated, "stated confidence");
    Checks.notNull(projection, "projection");
    Confidence.Level level = stated.level();
    return switch (projection.verdict()) {
      case ON_COURSE -> level == Confidence.Level.LOW ? UNDERCONFIDENT : CONSISTENT;
      case OFF_COURSE -> level == Confidence.Level.HIGH ? OVERCONFIDENT : CONSISTENT;
      case CANNOT_TELL, NOT_JUDGED -> CANNOT_TELL;
    };
  }
}
