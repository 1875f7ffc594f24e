package org.okr4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The floor of the JSON benchmark: the synthetic organisation's JSON as plain Java records, read
 * and written by Jackson databind with no validation. Numbers are {@code double}s, units, periods
 * and enums plain strings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlainReport(
    String format,
    String title,
    @Nullable String organization,
    String fiscalYearStart,
    String period,
    List<PlainReport.Objective> objectives) {

  /** An objective. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Objective(String id, String title, List<KeyResult> keyResults) {}

  /** A key result. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record KeyResult(
      String id,
      String statement,
      @Nullable Metric metric,
      @Nullable Baseline baseline,
      Target target,
      List<CheckIn> checkIns) {}

  /** A metric. */
  public record Metric(String name, String unit, String direction) {}

  /** A baseline. */
  public record Baseline(double value) {}

  /** A target: an object with one kind's members, or the string {@code "done"}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Target(
      @Nullable Double reach,
      @Nullable Double relativeChange,
      @Nullable Double above,
      @Nullable Double below,
      @Nullable String boundary,
      @Nullable Double percentComplete,
      @Nullable Zones zones,
      @Nullable String text) {

    /**
     * A target written as a string.
     *
     * @param text the string ("done")
     * @return the target
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Target of(String text) {
      return new Target(null, null, null, null, null, null, null, text);
    }
  }

  /** The zones of a zoned target. */
  public record Zones(double commit, double target, double stretch) {}

  /** A check-in. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CheckIn(String period, @Nullable Double value, @Nullable String state) {}

  /**
   * The number of key results.
   *
   * @return the count
   */
  public int keyResultCount() {
    int n = 0;
    for (Objective o : objectives) {
      n += o.keyResults().size();
    }
    return n;
  }
}
