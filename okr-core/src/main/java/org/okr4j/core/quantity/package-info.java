/**
 * Exact numbers with units and stated precision: {@link org.okr4j.core.quantity.Quantity}, {@link
 * org.okr4j.core.quantity.Unit}, {@link org.okr4j.core.quantity.Precision}, the exact fraction
 * {@link org.okr4j.core.quantity.Rational} that every calculator computes in, and {@link
 * org.okr4j.core.quantity.Interval} for interval arithmetic over rounded figures.
 *
 * <p>This is the bottom layer of okr4j: it depends on nothing else in the library.
 */
@NullMarked
package org.okr4j.core.quantity;

import org.jspecify.annotations.NullMarked;
