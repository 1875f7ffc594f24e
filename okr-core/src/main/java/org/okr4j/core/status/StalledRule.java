package org.okr4j.core.status;

import java.util.ArrayList;
import java.util.List;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Quantity;

/**
 * A flag for a key result reported on track whose value has not moved: YELLOW when the key result
 * is reported on track (a stated status of GREEN, or {@link CheckInState#ON_TRACK} at its latest
 * check-in by the judgement day) and its last {@link #checkIns()} measured check-ins by the
 * judgement day all have the same value ({@link Quantity#isEqual}); {@code UNKNOWN} ("not flagged")
 * otherwise, so that {@link StatusRule#worstOf} lets it raise a colour but never lower one.
 *
 * <p>"Not moved for 3 check-ins" means three measured check-ins in a row with one value, such as 0,
 * 0 and 0: two unchanged steps.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StalledRule implements StatusRule {
  private final int checkIns;

  private StalledRule(int checkIns) {
    this.checkIns = checkIns;
  }

  /**
   * Flags a value unchanged over {@code checkIns} measured check-ins.
   *
   * @param checkIns how many check-ins in a row, at least 2
   * @return the rule
   */
  public static StalledRule of(int checkIns) {
    Checks.argument(checkIns >= 2, "stalled check-ins (%s) must be >= 2", checkIns);
    return new StalledRule(checkIns);
  }

  /**
   * How many measured check-ins in a row must have one value.
   *
   * @return the count, at least 2
   */
  public int checkIns() {
    return checkIns;
  }

  /**
   * Whether the key result is reported on track but its value has not moved.
   *
   * @param keyResult the key result
   * @param context when
   * @return true when flagged
   */
  public boolean isStalled(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    return isReportedOnTrack(keyResult, context) && isUnmoved(keyResult, context);
  }

  private static boolean isReportedOnTrack(KeyResult keyResult, StatusContext context) {
    boolean stated =
        keyResult.statedStatus().map(s -> s.color() == StatusColor.GREEN).orElse(false);
    boolean onTrack =
        context
            .checkInOf(keyResult)
            .flatMap(CheckIn::state)
            .map(s -> s == CheckInState.ON_TRACK)
            .orElse(false);
    return stated || onTrack;
  }

  private boolean isUnmoved(KeyResult keyResult, StatusContext context) {
    List<Quantity> values = new ArrayList<>();
    for (CheckIn c : keyResult.checkIns()) {
      if (c.value().isPresent() && !c.date().isAfter(context.asOf())) {
        values.add(c.value().orElseThrow());
      }
    }
    if (values.size() < checkIns) {
      return false;
    }
    Quantity last = values.get(values.size() - 1);
    for (Quantity v : values.subList(values.size() - checkIns, values.size())) {
      if (!v.isEqual(last)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String name() {
    return "stalled";
  }

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    if (isStalled(keyResult, context)) {
      return Status.of(
          StatusColor.YELLOW,
          name(),
          "reported on track, but the value has not moved for " + checkIns + " check-ins");
    }
    return Status.of(StatusColor.UNKNOWN, name(), "not flagged");
  }

  @Override
  public String toString() {
    return "stalled (" + checkIns + " check-ins)";
  }
}
