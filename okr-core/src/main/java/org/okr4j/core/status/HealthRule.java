package org.okr4j.core.status;

import java.time.LocalDate;
import java.util.Optional;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.Cadence;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.StatusColor;

/**
 * Health: a key result not updated within its {@link Cadence} is outdated, and "outdated" overrides
 * whatever another rule (by default the status stated by hand) says, as health models let "not
 * updated for N days" override a stale "on track".
 *
 * <p>The cadence is the key result's own ({@link KeyResult#cadence()}) or, when it states none, the
 * rule's default. The last update is the latest {@linkplain CheckIn#date() date} of a check-in
 * (with a value or a state) not after the judgement day; with none, the start of the goal period.
 * The key result is outdated from the day {@link Cadence#outdatedFrom(LocalDate) last update +
 * cadence + grace}, that day included, and is then {@link #outdatedColor()} (RED unless set); until
 * that day the other rule decides.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HealthRule implements StatusRule {
  private final StatusRule rule;
  private final Cadence defaultCadence;
  private final StatusColor outdatedColor;

  private HealthRule(StatusRule rule, Cadence defaultCadence, StatusColor outdatedColor) {
    this.rule = rule;
    this.defaultCadence = defaultCadence;
    this.outdatedColor = outdatedColor;
  }

  /**
   * Outdated over the status stated by hand.
   *
   * @param defaultCadence the cadence of key results that state none
   * @return the rule
   */
  public static HealthRule of(Cadence defaultCadence) {
    return of(StatedStatusRule.instance(), defaultCadence);
  }

  /**
   * Outdated over another rule.
   *
   * @param rule the rule that decides while the key result is current
   * @param defaultCadence the cadence of key results that state none
   * @return the rule
   */
  public static HealthRule of(StatusRule rule, Cadence defaultCadence) {
    return new HealthRule(
        Checks.notNull(rule, "rule"),
        Checks.notNull(defaultCadence, "default cadence"),
        StatusColor.RED);
  }

  /**
   * A copy that gives another colour to outdated key results.
   *
   * @param color red, yellow or green
   * @return the copy
   */
  public HealthRule withOutdatedColor(StatusColor color) {
    Checks.notNull(color, "outdated color");
    Checks.argument(color.isColor(), "outdated color (%s) must be red, yellow or green", color);
    return new HealthRule(rule, defaultCadence, color);
  }

  /**
   * The rule that decides while a key result is current.
   *
   * @return the rule
   */
  public StatusRule rule() {
    return rule;
  }

  /**
   * The cadence of key results that state none.
   *
   * @return the default cadence
   */
  public Cadence defaultCadence() {
    return defaultCadence;
  }

  /**
   * The colour of an outdated key result.
   *
   * @return the colour, RED unless set
   */
  public StatusColor outdatedColor() {
    return outdatedColor;
  }

  /**
   * The day of the key result's last update by the judgement day.
   *
   * @param keyResult the key result
   * @param context when
   * @return the latest check-in date not after {@code context.asOf()}, or the start of the goal
   *     period when there is none
   */
  public static LocalDate lastUpdate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    LocalDate last = null;
    for (CheckIn c : keyResult.checkIns()) {
      LocalDate d = c.date();
      if (!d.isAfter(context.asOf()) && (last == null || d.isAfter(last))) {
        last = d;
      }
    }
    return last == null ? context.goalPeriod().start() : last;
  }

  /**
   * Whether the key result is outdated on the judgement day.
   *
   * @param keyResult the key result
   * @param context when
   * @return true from last update + cadence + grace on
   */
  public boolean isOutdated(KeyResult keyResult, StatusContext context) {
    return cadenceOf(keyResult).isOutdated(lastUpdate(keyResult, context), context.asOf());
  }

  private Cadence cadenceOf(KeyResult keyResult) {
    Optional<Cadence> own = keyResult.cadence();
    return own.orElse(defaultCadence);
  }

  @Override
  public String name() {
    return "health";
  }

  @Override
  public Status evaluate(KeyResult keyResult, StatusContext context) {
    Checks.notNull(keyResult, "key result");
    Checks.notNull(context, "status context");
    Cadence cadence = cadenceOf(keyResult);
    LocalDate last = lastUpdate(keyResult, context);
    if (cadence.isOutdated(last, context.asOf())) {
      return Status.of(
          outdatedColor,
          name(),
          "outdated: last update "
              + last
              + ", due "
              + cadence.dueAfter(last)
              + ", outdated from "
              + cadence.outdatedFrom(last)
              + " ("
              + cadence
              + ")");
    }
    return rule.evaluate(keyResult, context).withRule(name() + " over " + rule.name());
  }

  @Override
  public String toString() {
    return "health (" + defaultCadence + ") over " + rule.name();
  }
}
