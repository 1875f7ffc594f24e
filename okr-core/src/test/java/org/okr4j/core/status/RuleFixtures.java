package org.okr4j.core.status;

import static org.okr4j.core.testing.WikimediaDeck.q;

import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Direction;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.testing.WikimediaDeck;

/** Key results for status tests, beside the deck's own. */
final class RuleFixtures {
  static final StatusContext Q3_DECK =
      StatusContext.of(WikimediaDeck.FY20, WikimediaDeck.END_OF_Q3);

  private RuleFixtures() {}

  /**
   * A key result from {@code baseline} toward {@code target} with one Q3 check-in, in tasks.
   *
   * @param baseline the baseline
   * @param target the target value
   * @param current the Q3 value
   * @return the key result
   */
  static KeyResult tasks(String baseline, String target, String current) {
    Unit tasks = Unit.count("tasks");
    Direction direction =
        Double.parseDouble(target) >= Double.parseDouble(baseline)
            ? Direction.HIGHER_IS_BETTER
            : Direction.LOWER_IS_BETTER;
    return WikimediaDeck.measured(
            "tasks", tasks, direction, baseline, Target.reach(q(target, tasks)))
        .addCheckIns(CheckIn.of(WikimediaDeck.Q3, q(current, tasks)))
        .build();
  }
}
