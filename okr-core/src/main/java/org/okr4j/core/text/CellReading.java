package org.okr4j.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.CheckInState;

/** What {@link CellParser} has found in one cell so far; not thread-safe, one per cell. */
final class CellReading {
  /** A figure found at {@code [start, end)} of the cell. */
  record Found(ParsedFigure figure, int start, int end) {}

  /** A state found at {@code [start, end)}, with the words it was read from. */
  record FoundState(CheckInState state, int start, int end, String words) {}

  final String text;
  private final char[] masked;
  final List<Found> found = new ArrayList<>();
  final List<DerivedFigure> derived = new ArrayList<>();
  final List<ParsedFigure> others = new ArrayList<>();
  final List<FoundState> states = new ArrayList<>();
  final List<String> recognised = new ArrayList<>();
  final List<String> doubts = new ArrayList<>();
  @Nullable ParsedFigure value;
  @Nullable String reason;
  private boolean ambiguous;

  CellReading(String text) {
    this.text = text;
    this.masked = text.toCharArray();
  }

  /** A reading of the same text that records nothing: for looking ahead at a later figure. */
  CellReading copyForLookahead() {
    return new CellReading(text);
  }

  void mask(int start, int end) {
    for (int i = Math.max(0, start); i < Math.min(end, masked.length); i++) {
      masked[i] = ' ';
    }
  }

  void doubt(boolean makesAmbiguous, String why) {
    doubts.add(why);
    ambiguous |= makesAmbiguous;
  }

  void state(int start, int end, CheckInState state, String words) {
    states.add(new FoundState(state, start, end, words));
    mask(start, end);
  }

  ParsedCell finish() {
    Optional<CheckInState> state = Optional.empty();
    if (states.size() == 1) {
      state = Optional.of(states.get(0).state());
    } else if (states.size() > 1) {
      FoundState last = states.get(states.size() - 1);
      String between = text.substring(states.get(0).end(), last.start());
      if (CellWords.lower(between).contains("but")) {
        state = Optional.of(last.state());
        mask(states.get(0).start(), last.start());
        doubt(false, "several states; the one after \"but\" holds: " + last.words());
      } else {
        doubt(
            true,
            "several states: "
                + String.join(", ", states.stream().map(FoundState::words).toList()));
      }
    }
    state.ifPresent(s -> recognised.add("state " + s + " from \"" + stateWords() + "\""));
    String left = leftover();
    Optional<String> note = Optional.empty();
    if (!left.isEmpty()) {
      doubt(false, "words left as a note: " + left);
    }
    String combined = joinNote(reason, left);
    if (!combined.isEmpty()) {
      note = Optional.of(combined);
    }
    Confidence confidence;
    if (found.isEmpty() && states.isEmpty()) {
      confidence = ambiguous ? Confidence.AMBIGUOUS : Confidence.UNRECOGNISED;
    } else if (ambiguous) {
      confidence = Confidence.AMBIGUOUS;
    } else {
      confidence = doubts.isEmpty() ? Confidence.CERTAIN : Confidence.PROBABLE;
    }
    Optional<ParsedFigure> v = ambiguous ? Optional.empty() : Optional.ofNullable(value);
    if (ambiguous && value != null) {
      others.add(value);
    }
    return new ParsedCell(text, v, derived, others, state, note, recognised, doubts, confidence);
  }

  ParsedCell result(Confidence confidence) {
    return new ParsedCell(
        text,
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        recognised,
        doubts,
        confidence);
  }

  private String stateWords() {
    return states.size() == 1 ? states.get(0).words() : states.get(states.size() - 1).words();
  }

  private static String joinNote(@Nullable String reason, String left) {
    if (reason == null || reason.isEmpty()) {
      return left;
    }
    return left.isEmpty() ? reason : reason + "; " + left;
  }

  /** The words no rule read: the unmasked text without stray punctuation. */
  private String leftover() {
    String rest = new String(masked).replaceAll("\\s+", " ").strip();
    // Punctuation and connectives that only join what was read.
    rest = rest.replaceAll("\\(\\s*\\)", "").replaceAll("\\s+", " ").strip();
    rest = rest.replaceAll("^[\\s,;:./\\-\u2013\u2014]+|[\\s,;:/\\-\u2013\u2014]+$", "");
    boolean hasLetters = rest.codePoints().anyMatch(Character::isLetterOrDigit);
    return hasLetters ? rest : "";
  }
}
