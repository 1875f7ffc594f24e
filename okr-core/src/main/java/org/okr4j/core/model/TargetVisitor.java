package org.okr4j.core.model;

/**
 * One method per kind of {@link Target}; see {@link Target#accept(TargetVisitor)}.
 *
 * @param <R> what the visitor returns
 */
public interface TargetVisitor<R> {
  /**
   * Visits a value target.
   *
   * @param target the target
   * @return the result
   */
  R visitValue(ValueTarget target);

  /**
   * Visits a change target.
   *
   * @param target the target
   * @return the result
   */
  R visitChange(ChangeTarget target);

  /**
   * Visits a threshold target.
   *
   * @param target the target
   * @return the result
   */
  R visitThreshold(ThresholdTarget target);

  /**
   * Visits a band target.
   *
   * @param target the target
   * @return the result
   */
  R visitBand(BandTarget target);

  /**
   * Visits a binary target.
   *
   * @param target the target
   * @return the result
   */
  R visitBinary(BinaryTarget target);

  /**
   * Visits a milestone target.
   *
   * @param target the target
   * @return the result
   */
  R visitMilestone(MilestoneTarget target);

  /**
   * Visits a zoned target.
   *
   * @param target the target
   * @return the result
   */
  R visitZoned(ZonedTarget target);

  /**
   * Visits a composite target.
   *
   * @param target the target
   * @return the result
   */
  R visitComposite(CompositeTarget target);

  /**
   * Visits an undetermined target.
   *
   * @param target the target
   * @return the result
   */
  R visitUndetermined(UndeterminedTarget target);

  /**
   * Visits a qualitative target.
   *
   * @param target the target
   * @return the result
   */
  R visitQualitative(QualitativeTarget target);
}
