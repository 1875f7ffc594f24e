/**
 * Red/yellow/green status: documented {@linkplain org.okr4j.core.status.StatusRule rules} with
 * exact boundaries, each producing a {@link org.okr4j.core.status.Status} that carries its colour,
 * the rule, and the figures that produced it; and an objective's status from its key results under
 * a stated {@linkplain org.okr4j.core.status.ObjectiveStatusPolicy policy}.
 *
 * <p>The rules: {@link org.okr4j.core.status.GradingRule} (Google's 0.0–1.0 grading of progress),
 * {@link org.okr4j.core.status.PaceRule} (actual against expected progress, as Viva Goals does),
 * {@link org.okr4j.core.status.RegressionRule} (moved away from the baseline), {@link
 * org.okr4j.core.status.ThresholdRule} (threshold and band targets met or not), {@link
 * org.okr4j.core.status.CheckInStateRule} (blocked, postponed, done...) and {@link
 * org.okr4j.core.status.StatedStatusRule} (a status set by hand, with its reason), {@link
 * org.okr4j.core.status.ForecastRule} (where the key result is projected to end, over the exact
 * interval of the projection). Combine them with {@link
 * org.okr4j.core.status.StatusRule#firstDefined} and {@link
 * org.okr4j.core.status.StatusRule#worstOf}.
 */
@NullMarked
package org.okr4j.core.status;

import org.jspecify.annotations.NullMarked;
