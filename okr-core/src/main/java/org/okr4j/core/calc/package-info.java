/**
 * The calculators: target progress ({@link org.okr4j.core.calc.TargetProgress}), percent change
 * ({@link org.okr4j.core.calc.PercentChange}), rounding ({@link org.okr4j.core.calc.Rounding}),
 * display ({@link org.okr4j.core.calc.Figures}), expected pace ({@link
 * org.okr4j.core.calc.ExpectedProgress}) and the explanations of every figure they compute.
 *
 * <p>Every calculator is a pure function over values and returns an {@link
 * org.okr4j.core.calc.Outcome}: either a defined result, exact and with its {@link
 * org.okr4j.core.calc.Explanation}, or an undefined one with its {@link
 * org.okr4j.core.calc.UndefinedReason} ("change from zero", "target equals baseline"). No
 * calculator returns {@code NaN}, a silent 0 or 0.5, or lets an exception escape from {@link
 * java.math.BigDecimal}.
 */
@NullMarked
package org.okr4j.core.calc;

import org.jspecify.annotations.NullMarked;
