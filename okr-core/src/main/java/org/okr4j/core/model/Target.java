package org.okr4j.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.quantity.Quantity;

/**
 * What a key result aims for. Each kind is its own class; {@link #kind()} names it and {@link
 * #accept(TargetVisitor)} dispatches on it so that a caller handles every kind.
 *
 * <ul>
 *   <li>{@link ValueTarget}: increase or decrease to a value, or reach a count (8 tools);
 *   <li>{@link ChangeTarget}: a change from the baseline (10% decrease, +25 percentage points);
 *   <li>{@link ThresholdTarget}: stay above or below a threshold ({@code < 13.2 min});
 *   <li>{@link BandTarget}: stay between two values;
 *   <li>{@link BinaryTarget}: done or not done;
 *   <li>{@link MilestoneTarget}: percent complete;
 *   <li>{@link ZonedTarget}: commit, target and stretch values;
 *   <li>{@link CompositeTarget}: several sub-targets together (20 projects, 700 tasks, 14
 *       promoted);
 *   <li>{@link UndeterminedTarget}: not set yet ("X% (TBD)");
 *   <li>{@link QualitativeTarget}: described in words, not measurable.
 * </ul>
 *
 * <p>Every target may keep the text it was printed as ({@link #printed()}).
 */
public abstract class Target {
  /** The kinds of target. */
  public enum Kind {
    /** {@link ValueTarget}. */
    VALUE,
    /** {@link ChangeTarget}. */
    CHANGE,
    /** {@link ThresholdTarget}. */
    THRESHOLD,
    /** {@link BandTarget}. */
    BAND,
    /** {@link BinaryTarget}. */
    BINARY,
    /** {@link MilestoneTarget}. */
    MILESTONE,
    /** {@link ZonedTarget}. */
    ZONED,
    /** {@link CompositeTarget}. */
    COMPOSITE,
    /** {@link UndeterminedTarget}. */
    UNDETERMINED,
    /** {@link QualitativeTarget}. */
    QUALITATIVE
  }

  Target() {}

  /**
   * Which kind of target this is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Calls the visitor method for this kind.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor
   * @return what the visitor returned
   */
  public abstract <R> R accept(TargetVisitor<R> visitor);

  /**
   * The target as printed in the report ({@code "2% (18 days)"}, {@code "<13.2 mins"}).
   *
   * @return the printed text, if kept
   */
  public abstract Optional<String> printed();

  /**
   * A copy of this target that keeps the text it was printed as.
   *
   * @param text the printed text
   * @return the copy
   */
  public abstract Target printedAs(String text);

  /**
   * Increase or decrease to {@code value}, or reach a count: progress runs from the baseline to
   * {@code value}.
   *
   * @param value the value to reach
   * @return the target
   */
  public static ValueTarget reach(Quantity value) {
    return ValueTarget.of(value);
  }

  /**
   * A relative change from the baseline, in percent: {@code relativeChange(-10)} is a 10% decrease.
   *
   * @param percent the signed change in percent
   * @return the target
   */
  public static ChangeTarget relativeChange(BigDecimal percent) {
    return ChangeTarget.of(ChangeMeasure.RELATIVE, percent);
  }

  /**
   * A change from the baseline in percentage points: {@code percentagePoints(25)} is +25 pp.
   *
   * @param points the signed change in percentage points
   * @return the target
   */
  public static ChangeTarget percentagePoints(BigDecimal points) {
    return ChangeTarget.of(ChangeMeasure.PERCENTAGE_POINTS, points);
  }

  /**
   * Stay above {@code threshold}.
   *
   * @param threshold the threshold
   * @param boundary whether the threshold itself counts as met
   * @return the target
   */
  public static ThresholdTarget staysAbove(Quantity threshold, Boundary boundary) {
    return ThresholdTarget.of(ThresholdTarget.Side.ABOVE, threshold, boundary);
  }

  /**
   * Stay below {@code threshold}: {@code staysBelow(13.2 min, EXCLUSIVE)} is {@code "< 13.2 min"}.
   *
   * @param threshold the threshold
   * @param boundary whether the threshold itself counts as met
   * @return the target
   */
  public static ThresholdTarget staysBelow(Quantity threshold, Boundary boundary) {
    return ThresholdTarget.of(ThresholdTarget.Side.BELOW, threshold, boundary);
  }

  /**
   * Stay between {@code lower} and {@code upper}, both included.
   *
   * @param lower the lower end
   * @param upper the upper end
   * @return the target
   */
  public static BandTarget between(Quantity lower, Quantity upper) {
    return BandTarget.of(lower, Boundary.INCLUSIVE, upper, Boundary.INCLUSIVE);
  }

  /**
   * Done or not done.
   *
   * @return the target
   */
  public static BinaryTarget done() {
    return BinaryTarget.of();
  }

  /**
   * A milestone complete to 100%.
   *
   * @return the target
   */
  public static MilestoneTarget complete() {
    return MilestoneTarget.of(MilestoneTarget.FULL);
  }

  /**
   * Commit, target and stretch values.
   *
   * @param commit the value committed to
   * @param target the value aimed for
   * @param stretch the ambitious value
   * @return the target
   */
  public static ZonedTarget zones(Quantity commit, Quantity target, Quantity stretch) {
    return ZonedTarget.of(commit, target, stretch);
  }

  /**
   * All of several sub-targets.
   *
   * @param parts the parts, at least two, with distinct names
   * @return the target, combining parts by their weakest progress
   */
  public static CompositeTarget allOf(List<CompositeTarget.Part> parts) {
    return CompositeTarget.of(parts, CompositeTarget.Combination.WEAKEST);
  }

  /**
   * A target not set yet.
   *
   * @return the target
   */
  public static UndeterminedTarget toBeDetermined() {
    return UndeterminedTarget.of();
  }

  /**
   * A target described only in words.
   *
   * @param description the description ("Address new reports within 1 month")
   * @return the target
   */
  public static QualitativeTarget qualitative(String description) {
    return QualitativeTarget.of(description);
  }
}
