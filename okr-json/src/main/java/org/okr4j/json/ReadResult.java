package org.okr4j.json;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Report;
import org.okr4j.core.validate.ValidationFinding;

/**
 * A report read from JSON with the validator's warnings about it ({@link
 * org.okr4j.core.validate.ReportValidator}). A document with a validation error is not read at all:
 * {@link OkrJson#readReportWithFindings(String)} throws {@link OkrJsonException} for it, as {@link
 * OkrJson#readReport(String)} does. Each warning's path is the document's own JSON path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadResult {
  private final Report report;
  private final List<ValidationFinding> warnings;

  private ReadResult(Report report, List<ValidationFinding> warnings) {
    this.report = report;
    this.warnings = warnings;
  }

  static ReadResult of(Report report, List<ValidationFinding> warnings) {
    return new ReadResult(Objects.requireNonNull(report, "report"), List.copyOf(warnings));
  }

  /**
   * The report.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * The validator's warnings, in document order; every finding is a {@link
   * org.okr4j.core.validate.Severity#WARNING}.
   *
   * @return the warnings, possibly empty
   */
  public List<ValidationFinding> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ReadResult o && report.equals(o.report) && warnings.equals(o.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report, warnings);
  }

  @Override
  public String toString() {
    return "ReadResult[" + report.title() + ", " + warnings.size() + " warnings]";
  }
}
