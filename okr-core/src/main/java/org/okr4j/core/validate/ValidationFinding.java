package org.okr4j.core.validate;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * One thing {@link ReportValidator} found: its severity, where it is (a JSON Pointer into the
 * report's canonical JSON form, such as {@code /objectives/0/keyResults/1/checkIns/2/value}), the
 * rule it breaks (such as {@code value.above-upper-bound}, listed in okr-json's FORMAT.md), and a
 * message that names the values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationFinding {
  private final Severity severity;
  private final String path;
  private final String rule;
  private final String message;

  private ValidationFinding(Severity severity, String path, String rule, String message) {
    this.severity = severity;
    this.path = path;
    this.rule = rule;
    this.message = message;
  }

  /**
   * A finding.
   *
   * @param severity how serious it is
   * @param path the JSON Pointer of the value it is about; empty for the whole report
   * @param rule the rule's id
   * @param message what is wrong, with the values
   * @return the finding
   */
  public static ValidationFinding of(Severity severity, String path, String rule, String message) {
    return new ValidationFinding(
        Checks.notNull(severity, "severity"),
        Checks.notNull(path, "path"),
        Checks.notBlank(rule, "rule"),
        Checks.notBlank(message, "message"));
  }

  /**
   * How serious the finding is.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Whether the finding is an {@link Severity#ERROR}.
   *
   * @return true for an error
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The JSON Pointer of the value the finding is about, in the report's canonical JSON form
   * (check-ins in period order).
   *
   * @return the path, such as {@code /objectives/0/keyResults/1/checkIns/2/value}
   */
  public String path() {
    return path;
  }

  /**
   * The id of the rule, such as {@code share.part-exceeds-whole}.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }

  /**
   * What is wrong, naming the values.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ValidationFinding o
        && severity == o.severity
        && path.equals(o.path)
        && rule.equals(o.rule)
        && message.equals(o.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, path, rule, message);
  }

  /**
   * The finding on one line: {@code "warning /objectives/0/keyResults/0/checkIns/1/period:
   * [check-in.overlap] ..."}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s %s: [%s] %s",
        severity.name().toLowerCase(Locale.ROOT),
        path.isEmpty() ? "/" : path,
        rule,
        message);
  }
}
