package org.okr4j.core.status;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.calc.TargetProgress;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;

/**
 * A rule that judges the progress at the judged check-in: {@code UNKNOWN} when there is no check-in
 * by the judgement day or the progress is undefined, else whatever {@link #judge} says, in the key
 * result's own context ({@link StatusContext#forKeyResult}).
 */
abstract class ProgressRule implements StatusRule {
  ProgressRule() {}

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    Status refused = notJudged(keyResult);
    if (refused != null) {
      return refused;
    }
    CheckIn checkIn = context.judgedCheckIn(keyResult);
    if (checkIn == null) {
      return noCheckIn(context);
    }
    return judged(keyResult, TargetProgress.of(keyResult, checkIn), context);
  }

  // Judges the progress given instead of computing it again.
  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context, Outcome<Progress> progress) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    Checks.notNull(progress, "progress");
    Status refused = notJudged(keyResult);
    if (refused != null) {
      return refused;
    }
    if (context.judgedCheckIn(keyResult) == null) {
      return noCheckIn(context);
    }
    return judged(keyResult, progress, context);
  }

  /**
   * The status of a key result this rule does not judge at all, whatever its check-ins: {@code
   * UNKNOWN} with the reason; null when the rule judges it. Looked at first.
   *
   * @param keyResult the key result
   * @return the status, or null
   */
  @Nullable Status notJudged(KeyResult keyResult) {
    return null;
  }

  private Status noCheckIn(StatusContext context) {
    return Status.of(StatusColor.UNKNOWN, name(), "no check-in by " + context.asOf());
  }

  private Status judged(KeyResult keyResult, Outcome<Progress> progress, StatusContext context) {
    if (!progress.isDefined()) {
      return Status.lazy(
          StatusColor.UNKNOWN,
          name(),
          () -> "progress undefined: " + progress.explanation().brief(),
          () -> List.of(progress.explanation()));
    }
    return judge(progress, context.forKeyResult(keyResult));
  }

  /**
   * Judges a defined progress; its explanation is built only if the status's reason or evidence
   * asks for it.
   *
   * @param progress the defined progress at the judged check-in
   * @param context when and against what
   * @return the status
   */
  abstract Status judge(Outcome<Progress> progress, StatusContext context);
}
