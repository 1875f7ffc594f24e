package org.okr4j.core.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;

/**
 * Qualitative states: the judged check-in's state maps to a colour.
 *
 * <p>Defaults: {@code DONE} and {@code ON_TRACK} are green; {@code AT_RISK} and {@code DELAYED}
 * yellow; {@code BLOCKED} and {@code POSTPONED} red; {@code DROPPED} is {@code NONE} (no longer
 * rated). Every other state ({@code IN_PROGRESS}, {@code NOT_STARTED}, {@code MONITORING}, ...)
 * says nothing about being on track and is {@code UNKNOWN}, as is a check-in without a state.
 * {@link #with(CheckInState, StatusColor)} changes a mapping.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckInStateRule implements StatusRule {
  private static final CheckInStateRule DEFAULTS = new CheckInStateRule(defaultColors());

  private final Map<CheckInState, StatusColor> colors;

  private CheckInStateRule(Map<CheckInState, StatusColor> colors) {
    this.colors = colors;
  }

  private static Map<CheckInState, StatusColor> defaultColors() {
    Map<CheckInState, StatusColor> m = new EnumMap<>(CheckInState.class);
    for (CheckInState s : CheckInState.values()) {
      m.put(s, StatusColor.UNKNOWN);
    }
    m.put(CheckInState.DONE, StatusColor.GREEN);
    m.put(CheckInState.ON_TRACK, StatusColor.GREEN);
    m.put(CheckInState.AT_RISK, StatusColor.YELLOW);
    m.put(CheckInState.DELAYED, StatusColor.YELLOW);
    m.put(CheckInState.BLOCKED, StatusColor.RED);
    m.put(CheckInState.POSTPONED, StatusColor.RED);
    m.put(CheckInState.DROPPED, StatusColor.NONE);
    return m;
  }

  /**
   * The default mapping.
   *
   * @return the rule
   */
  public static CheckInStateRule defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with one state mapped to another colour.
   *
   * @param state the state
   * @param color its colour
   * @return the copy
   */
  public CheckInStateRule with(CheckInState state, StatusColor color) {
    Checks.notNull(state, "state");
    Checks.notNull(color, "color");
    Map<CheckInState, StatusColor> m = new EnumMap<>(colors);
    m.put(state, color);
    return new CheckInStateRule(m);
  }

  /**
   * The colour a state maps to.
   *
   * @param state the state
   * @return its colour
   */
  public StatusColor colorOf(CheckInState state) {
    return colors.getOrDefault(Checks.notNull(state, "state"), StatusColor.UNKNOWN);
  }

  @Override
  public String name() {
    return "check-in state";
  }

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    Optional<CheckIn> checkIn = context.checkInOf(keyResult);
    Optional<CheckInState> state = checkIn.flatMap(CheckIn::state);
    if (state.isEmpty()) {
      return Status.of(StatusColor.UNKNOWN, name(), "no state reported by " + context.asOf());
    }
    CheckIn c = checkIn.orElseThrow();
    CheckInState s = state.orElseThrow();
    String printed = c.printed().map(p -> " (\"" + p + "\")").orElse("");
    return Status.of(colorOf(s), name(), c.period().label() + ": " + s + printed);
  }

  @Override
  public String toString() {
    return name() + " " + colors;
  }
}
