/**
 * okr4j core: the OKR domain and its exact metric math.
 *
 * <p>Packages, from the bottom up: {@code quantity} (exact numbers, units, precision), {@code time}
 * (periods), {@code model} (objectives, key results, targets, check-ins), {@code calc} (progress,
 * percent change, rounding, pace, explanations), {@code forecast} (projections to the end of a goal
 * period), {@code status} (red/yellow/green rules), {@code rollup} (objective progress) and {@code
 * audit} (does a printed figure follow from its inputs). Each depends only on the packages before
 * it.
 */
module org.okr4j.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  // Compile-time only: the annotation processor's annotations, and Error Prone's on internal code.
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;

  exports org.okr4j.core.quantity;
  exports org.okr4j.core.time;
  exports org.okr4j.core.model;
  exports org.okr4j.core.calc;
  exports org.okr4j.core.forecast;
  exports org.okr4j.core.status;
  exports org.okr4j.core.rollup;
  exports org.okr4j.core.audit;
  exports org.okr4j.core.validate;
  exports org.okr4j.core.text;
}
