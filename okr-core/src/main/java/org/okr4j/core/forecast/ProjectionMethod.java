package org.okr4j.core.forecast;

/**
 * How a {@link Projection} extends a key result's check-ins to the end of its goal period.
 *
 * <p>Each check-in is placed at {@code x} = the days from the start of the goal period to its
 * {@linkplain org.okr4j.core.model.CheckIn#date() date}; the projection is read at {@code T} = the
 * days in the goal period, the first day after it.
 */
public enum ProjectionMethod {
  /**
   * The least-squares line through every measured check-in dated by the as-of day: {@code ŷ(T) = ȳ
   * + slope × (T − x̄)} with {@code slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²}. Needs check-ins on at
   * least two distinct dates. Each value's weight is {@code 1/n + (xᵢ − x̄)(T − x̄) / Σ(x − x̄)²}.
   */
  LEAST_SQUARES("least squares"),
  /**
   * The line through the two latest measured check-ins: {@code y₂ + (y₂ − y₁) / (x₂ − x₁) × (T −
   * x₂)}. Needs the two on distinct dates.
   */
  LAST_TWO_POINTS("last two points"),
  /**
   * Along the expected-pace curve from the baseline through the latest measured check-in: if the
   * key result has made {@code current − baseline} by a day on which the curve expects a fraction
   * {@code e} of the progress, it makes {@code (current − baseline) / e} by the end: {@code
   * baseline + (current − baseline) / e}. Needs a baseline and {@code e > 0}.
   */
  EXPECTED_PACE("expected pace");

  private final String description;

  ProjectionMethod(String description) {
    this.description = description;
  }

  /**
   * A short description for explanations: {@code "least squares"}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
