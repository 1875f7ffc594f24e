/**
 * Figures as people print them: {@link org.okr4j.core.text.FigureParser} reads {@code $1.31MM},
 * {@code (7,481,182)}, {@code 20.583 billion}, {@code <13.2 mins} or {@code 5–10%} in a locale's
 * conventions, with the precision its digits state; {@link org.okr4j.core.text.FigureFormatter}
 * prints a {@link org.okr4j.core.quantity.Quantity} so that the parser reads it back equal; {@link
 * org.okr4j.core.text.CellParser} reads one cell of a key-result table into its value, the changes
 * it states with the derivation its words claim, a check-in state and a note, and says how sure it
 * is.
 *
 * <p>This package sits beside {@code model}: it builds quantities and model values from text and
 * depends on nothing above them.
 */
@NullMarked
package org.okr4j.core.text;

import org.jspecify.annotations.NullMarked;
