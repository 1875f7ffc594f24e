package org.okr4j.core.status;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.model.Target;

/**
 * Threshold and band targets: green when met, red when not, with the target's own boundary policy
 * ({@code "< 13.2 mins"}: 13.2 itself is red). Other kinds of target, and check-ins without a
 * value, are {@code UNKNOWN}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThresholdRule extends ProgressRule {
  private static final ThresholdRule INSTANCE = new ThresholdRule();

  private ThresholdRule() {}

  /**
   * The rule.
   *
   * @return the rule
   */
  public static ThresholdRule instance() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "threshold";
  }

  @Override
  @Nullable Status notJudged(KeyResult keyResult) {
    Target.Kind kind = keyResult.target().kind();
    if (kind != Target.Kind.THRESHOLD && kind != Target.Kind.BAND) {
      return Status.of(StatusColor.UNKNOWN, name(), "target is not a threshold or band");
    }
    return null;
  }

  @Override
  Status judge(Outcome<Progress> progress, StatusContext context) {
    return Status.lazy(
        progress.value().isAchieved() ? StatusColor.GREEN : StatusColor.RED,
        name(),
        () -> progress.explanation().brief(),
        () -> List.of(progress.explanation()));
  }

  @Override
  public String toString() {
    return name();
  }
}
