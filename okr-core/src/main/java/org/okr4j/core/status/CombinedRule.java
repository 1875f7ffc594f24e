package org.okr4j.core.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Outcome;
import org.okr4j.core.calc.Progress;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;

/** {@link StatusRule#firstDefined} and {@link StatusRule#worstOf}. */
final class CombinedRule implements StatusRule {
  private final List<StatusRule> rules;
  private final boolean worst;
  private final String name;

  private CombinedRule(List<StatusRule> rules, boolean worst) {
    this.rules = List.copyOf(Checks.noNullElements(rules, "rules"));
    Checks.argument(!this.rules.isEmpty(), "a combined rule needs at least one rule");
    this.worst = worst;
    String names = this.rules.stream().map(StatusRule::name).collect(Collectors.joining(", "));
    this.name = (worst ? "worst of " : "first of ") + names;
  }

  static StatusRule firstDefined(List<StatusRule> rules) {
    return new CombinedRule(rules, false);
  }

  static StatusRule worstOf(List<StatusRule> rules) {
    return new CombinedRule(rules, true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    return combined(keyResult, context, null);
  }

  // Hands the progress to every rule.
  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context, Outcome<Progress> progress) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    Checks.notNull(progress, "progress");
    return combined(keyResult, context, progress);
  }

  private Status combined(
      KeyResult keyResult, StatusContext context, @Nullable Outcome<Progress> progress) {
    List<Status> unknown = new ArrayList<>();
    Status chosen = null;
    for (StatusRule rule : rules) {
      Status s =
          progress == null
              ? rule.evaluate(keyResult, context)
              : rule.evaluate(keyResult, context, progress);
      if (s.color() == StatusColor.UNKNOWN) {
        unknown.add(s);
        continue;
      }
      if (!worst) {
        return s;
      }
      if (chosen == null
          || s.color().isWorseThan(chosen.color())
          || (chosen.color() == StatusColor.NONE && s.color().isColor())) {
        chosen = s;
      }
    }
    if (chosen != null) {
      return chosen;
    }
    return Status.lazy(
        StatusColor.UNKNOWN,
        name,
        () ->
            "no rule could judge: "
                + unknown.stream()
                    .map(s -> s.rule() + ": " + s.reason())
                    .collect(Collectors.joining("; ")),
        List::of);
  }

  @Override
  public String toString() {
    return name;
  }
}
