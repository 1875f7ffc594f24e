package org.okr4j.core.status;

import java.util.List;
import java.util.Optional;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;

/**
 * A rule that judges the progress at the judged check-in: {@code UNKNOWN} when there is no check-in
 * by the judgement day or the progress is undefined, else whatever {@link #judge} says.
 */
abstract class ProgressRule implements StatusRule {
  ProgressRule() {}

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    Optional<CheckIn> checkIn = context.checkInOf(keyResult);
    if (checkIn.isEmpty()) {
      return Status.of(StatusColor.UNKNOWN, name(), "no check-in by " + context.asOf());
    }
    Outcome<Progress> progress = TargetProgress.of(keyResult, checkIn.orElseThrow());
    if (!progress.isDefined()) {
      return Status.of(
          StatusColor.UNKNOWN,
          name(),
          "progress undefined: " + progress.explanation().brief(),
          List.of(progress.explanation()));
    }
    return judge(progress.value(), progress.explanation(), context);
  }

  /**
   * Judges a defined progress.
   *
   * @param progress the progress at the judged check-in
   * @param explanation how it was computed, to carry as evidence
   * @param context when and against what
   * @return the status
   */
  abstract Status judge(Progress progress, Explanation explanation, StatusContext context);
}
