/**
 * The scorecard: a report evaluated as of a date.
 *
 * <p>{@link org.okr4j.report.Scorecard#evaluate(org.okr4j.core.model.Report, ScorecardOptions)}
 * computes, for every key result, its progress (raw and clamped), change against the baseline and
 * the previous check-in, expected pace, the statuses of each {@link org.okr4j.report.RuleSet}
 * beside the stated one, and its audit findings; for every objective its rollup and derived colours
 * beside the stated one. Every number keeps its {@link org.okr4j.core.calc.Outcome} and {@link
 * org.okr4j.core.calc.Explanation}; {@link org.okr4j.report.Briefs} writes each as one line a
 * person reads.
 */
@NullMarked
package org.okr4j.report;

import org.jspecify.annotations.NullMarked;
