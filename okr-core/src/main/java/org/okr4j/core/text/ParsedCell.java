package org.okr4j.core.text;

import java.util.List;
import java.util.Optional;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.CheckInState;

/**
 * One cell of a key-result table as {@link CellParser} read it: its value, the derived figures it
 * states, a check-in state, the words left over as a note, what was recognised, and how sure the
 * reading is.
 *
 * <p>An {@link Confidence#AMBIGUOUS ambiguous} cell has no value: the candidates are in {@link
 * #otherFigures()} and the reasons in {@link #doubts()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the cell as read
 * @param value the value the cell reports
 * @param derived the derived figures it states
 * @param otherFigures figures read that are neither the value nor derived (a share's part, a second
 *     candidate)
 * @param state the check-in state it reports
 * @param note the words no rule read
 * @param recognised what was recognised, one line each ({@code "value 442"}, {@code "state BLOCKED
 *     from \"Blocked\""})
 * @param doubts why the reading is less than certain, one line each
 * @param confidence how sure the reading is
 */
public record ParsedCell(
    String text,
    Optional<ParsedFigure> value,
    List<DerivedFigure> derived,
    List<ParsedFigure> otherFigures,
    Optional<CheckInState> state,
    Optional<String> note,
    List<String> recognised,
    List<String> doubts,
    Confidence confidence) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param text the text
   * @param value the value
   * @param derived the derived
   * @param otherFigures the otherFigures
   * @param state the state
   * @param note the note
   * @param recognised the recognised
   * @param doubts the doubts
   * @param confidence the confidence
   */
  public ParsedCell {
    Checks.notNull(text, "cell text");
    Checks.notNull(value, "value");
    derived = List.copyOf(derived);
    otherFigures = List.copyOf(otherFigures);
    Checks.notNull(state, "state");
    Checks.notNull(note, "note");
    recognised = List.copyOf(recognised);
    doubts = List.copyOf(doubts);
    Checks.notNull(confidence, "confidence");
  }

  /**
   * Whether the cell is empty.
   *
   * @return true when its text is blank
   */
  public boolean isEmpty() {
    return text.isBlank();
  }
}
