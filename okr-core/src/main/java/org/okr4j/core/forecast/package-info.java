/**
 * Where a key result is heading: {@link org.okr4j.core.forecast.Projection}s of a key result to the
 * end of its goal period from its dated check-ins, by least squares, through the last two points,
 * or along the expected-pace curve, each with the exact interval its inputs' stated precision
 * allows and a verdict (on course, off course, cannot tell).
 *
 * <p>Every projection is a linear combination {@code Σ wᵢ·vᵢ} of stated figures with exact rational
 * weights, so it is evaluated once over exact numbers and once over the figures' intervals ({@link
 * org.okr4j.core.formula.Arithmetic}); since each figure appears once, the interval is exact: no
 * value outside it can follow from the inputs, and both ends are attained by inputs at corners of
 * their intervals.
 *
 * <p>This package sits above {@link org.okr4j.core.calc} and below {@link org.okr4j.core.status}.
 */
@NullMarked
package org.okr4j.core.forecast;

import org.jspecify.annotations.NullMarked;
