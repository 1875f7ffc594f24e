/**
 * The OKR domain: {@link org.okr4j.core.model.Report}s of {@link org.okr4j.core.model.Objective}s,
 * whose {@link org.okr4j.core.model.KeyResult}s measure a {@link org.okr4j.core.model.Metric} from
 * a {@link org.okr4j.core.model.Baseline} toward a {@link org.okr4j.core.model.Target}, with a
 * {@link org.okr4j.core.model.CheckIn} per period.
 *
 * <p>Every value is immutable, validated when built, and compares by value. Values are built with
 * static factories ({@code of}, {@code reach}, ...) or a {@code builder()}; a value that breaks a
 * rule is never built: its builder throws {@link IllegalArgumentException} naming the field, the
 * value and the rule, {@link NullPointerException} naming a field given {@code null}, or, from
 * {@code build()}, {@link IllegalStateException} naming the required fields not set.
 *
 * <p>This package holds values only; calculators live in {@link org.okr4j.core.calc}, {@link
 * org.okr4j.core.status}, {@link org.okr4j.core.rollup} and {@link org.okr4j.core.audit}.
 */
@NullMarked
@OkrStyle
package org.okr4j.core.model;

import org.jspecify.annotations.NullMarked;
