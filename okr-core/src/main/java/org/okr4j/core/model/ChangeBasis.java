package org.okr4j.core.model;

import org.immutables.value.Value;

/**
 * How a percent change is computed and reported: its {@link ChangeMeasure measure}, what it is
 * measured {@linkplain ChangeReference against}, and the {@linkplain ChangeSense sign} it is
 * reported with.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChangeBasis {
  /** Relative change against the baseline, raw sign: the most common reading. */
  public static final ChangeBasis RELATIVE_TO_BASELINE =
      of(ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.CHANGE);

  ChangeBasis() {}

  /**
   * The basis.
   *
   * @param measure how the change is measured
   * @param reference what it is measured against
   * @param sense which sign it is reported with
   * @return the basis
   */
  public static ChangeBasis of(
      ChangeMeasure measure, ChangeReference reference, ChangeSense sense) {
    return ImmutableChangeBasis.of(measure, reference, sense);
  }

  /**
   * How the change is measured.
   *
   * @return the measure
   */
  @Value.Parameter
  public abstract ChangeMeasure measure();

  /**
   * What the change is measured against.
   *
   * @return the reference
   */
  @Value.Parameter
  public abstract ChangeReference reference();

  /**
   * Which sign the change is reported with.
   *
   * @return the sense
   */
  @Value.Parameter
  public abstract ChangeSense sense();

  /**
   * A short description: {@code "relative change against the baseline"}, {@code "improvement in
   * points of the scale against the previous period"}.
   *
   * @return the description
   */
  public String describe() {
    String what = measure().adjective();
    String noun = sense() == ChangeSense.CHANGE ? "change" : "improvement";
    String against =
        reference() == ChangeReference.BASELINE ? "the baseline" : "the previous period";
    return what + " " + noun + " against " + against;
  }
}
