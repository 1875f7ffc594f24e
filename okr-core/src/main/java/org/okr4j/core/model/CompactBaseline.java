package org.okr4j.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.time.AsOf;

/**
 * A baseline of a value and nothing else: the common case, in one field instead of the generated
 * class's five. Equal to the generated baseline of the same value ({@link Baseline#equals}), with
 * the same hash code and text.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CompactBaseline extends Baseline {
  private final Quantity value;

  CompactBaseline(Quantity value) {
    this.value = value;
  }

  @Override
  public Quantity value() {
    return value;
  }

  @Override
  public Optional<AsOf> asOf() {
    return Optional.empty();
  }

  @Override
  public Optional<Share> share() {
    return Optional.empty();
  }

  @Override
  public List<StatedFigure> alsoStatedAs() {
    return ImmutableList.of();
  }

  @Override
  public Optional<String> printed() {
    return Optional.empty();
  }
}
