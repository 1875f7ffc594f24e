package org.okr4j.core.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.time.Period;

/**
 * A key result of an id, a statement, a metric, a baseline, a target and check-ins, with the
 * default weight and nothing else: the common case, in six fields instead of the generated class's
 * twelve. Built only from a generated key result that has passed its checks (and so from check-ins
 * already sorted); equal to it ({@link KeyResult#equals}), with the same hash code and text.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CompactKeyResult extends KeyResult {
  private final String id;
  private final String statement;
  private final @Nullable Metric metric;
  private final @Nullable Baseline baseline;
  private final Target target;
  private final List<CheckIn> checkIns;

  CompactKeyResult(
      String id,
      String statement,
      @Nullable Metric metric,
      @Nullable Baseline baseline,
      Target target,
      List<CheckIn> checkIns) {
    this.id = id;
    this.statement = statement;
    this.metric = metric;
    this.baseline = baseline;
    this.target = target;
    this.checkIns = checkIns;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String statement() {
    return statement;
  }

  // Not Optional.ofNullable, whose branch profile is shared by every caller (see CompactCheckIn):
  // with this field's own, a caller's Optional is not allocated when the field is never null.

  @Override
  public Optional<Metric> metric() {
    Metric m = metric;
    return m != null ? Optional.of(m) : Optional.empty();
  }

  @Override
  public Optional<Baseline> baseline() {
    Baseline b = baseline;
    return b != null ? Optional.of(b) : Optional.empty();
  }

  @Override
  public Target target() {
    return target;
  }

  @Override
  public Optional<Target> headline() {
    return Optional.empty();
  }

  @Override
  public Optional<Period> goalPeriod() {
    return Optional.empty();
  }

  @Override
  public List<CheckIn> checkIns() {
    return checkIns;
  }

  @Override
  public Optional<StatedStatus> statedStatus() {
    return Optional.empty();
  }

  @Override
  public Optional<String> note() {
    return Optional.empty();
  }

  @Override
  public Optional<Cadence> cadence() {
    return Optional.empty();
  }
}
