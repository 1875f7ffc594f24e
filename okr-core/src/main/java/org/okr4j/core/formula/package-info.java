/**
 * The formulas of okr4j written once over an {@link org.okr4j.core.formula.Arithmetic}, evaluated
 * exactly by the calculators and over intervals by the audit. Not exported.
 */
@NullMarked
package org.okr4j.core.formula;

import org.jspecify.annotations.NullMarked;
