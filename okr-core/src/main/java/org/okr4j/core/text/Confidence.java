package org.okr4j.core.text;

/** How sure a {@link CellParser} reading is, from surest to least sure. */
public enum Confidence {
  /** Every word of the cell was read by a rule: a figure, a state, a derivation. */
  CERTAIN,
  /**
   * Read by a rule, with something a person should look at: words left as a note, a convention
   * applied (a percentage beside a count read as its change), a figure left out.
   */
  PROBABLE,
  /**
   * The cell allows more than one reading, or a part of it could not be read; nothing is guessed.
   */
  AMBIGUOUS,
  /** Nothing in the cell was recognised. */
  UNRECOGNISED
}
