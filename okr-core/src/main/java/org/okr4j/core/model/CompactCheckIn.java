package org.okr4j.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.time.Period;

/**
 * A check-in of a period and a value, a state or both, and nothing else: the common case, held in
 * three fields instead of the generated class's ten. Equal to the generated check-in of the same
 * attributes ({@link CheckIn#equals}), with the same hash code and text.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CompactCheckIn extends CheckIn {
  private final Period period;
  private final @Nullable Quantity value;
  private final @Nullable CheckInState state;

  /** A check-in of a value, a state or both; at least one of them is not null. */
  CompactCheckIn(Period period, @Nullable Quantity value, @Nullable CheckInState state) {
    this.period = period;
    this.value = value;
    this.state = state;
  }

  @Override
  public Period period() {
    return period;
  }

  // The accessors branch themselves rather than call Optional.ofNullable: a branch profile is kept
  // per method, and ofNullable's, shared by every caller in the JVM, sees both nulls and values, so
  // the JIT compiles a merge of EMPTY and a new Optional that escape analysis cannot remove. Here
  // the
  // profile is this field's: when it is never null, the caller's Optional is not allocated.

  @Override
  public Optional<Quantity> value() {
    Quantity v = value;
    return v != null ? Optional.of(v) : Optional.empty();
  }

  @Override
  public Optional<CheckInState> state() {
    CheckInState s = state;
    return s != null ? Optional.of(s) : Optional.empty();
  }

  @Override
  public Map<String, Quantity> partValues() {
    return ImmutableMap.of();
  }

  @Override
  public Optional<String> note() {
    return Optional.empty();
  }

  @Override
  public Optional<String> printed() {
    return Optional.empty();
  }

  @Override
  public Optional<Share> share() {
    return Optional.empty();
  }

  @Override
  public List<StatedChange> statedChanges() {
    return ImmutableList.of();
  }

  @Override
  public Optional<LocalDate> madeOn() {
    return Optional.empty();
  }

  @Override
  public Optional<Confidence> confidence() {
    return Optional.empty();
  }

  @Override
  public LocalDate date() {
    return period.endExclusive();
  }
}
