/**
 * Rollups: an objective's progress from its key results and child objectives ({@link
 * org.okr4j.core.rollup.Rollup#progress}), and sums of figures that refuse mismatched units ({@link
 * org.okr4j.core.rollup.Rollup#sum}).
 */
@NullMarked
package org.okr4j.core.rollup;

import org.jspecify.annotations.NullMarked;
