package org.okr4j.core.status;

import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatedStatus;
import org.okr4j.core.model.StatusColor;

/**
 * A manual override: the status stated by hand for the key result in the report, with its reason;
 * {@code UNKNOWN} when none is stated. Usually placed first, see {@link
 * StatusRule#withManualOverride()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatedStatusRule implements StatusRule {
  private static final StatedStatusRule INSTANCE = new StatedStatusRule();

  private StatedStatusRule() {}

  /**
   * The rule.
   *
   * @return the rule
   */
  public static StatedStatusRule instance() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "stated";
  }

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    if (keyResult.statedStatus().isEmpty()) {
      return Status.of(StatusColor.UNKNOWN, name(), "no status stated");
    }
    StatedStatus stated = keyResult.statedStatus().orElseThrow();
    return Status.of(
        stated.color(), name(), "set by hand: " + stated.reason().orElse("no reason given"));
  }

  @Override
  public String toString() {
    return name();
  }
}
