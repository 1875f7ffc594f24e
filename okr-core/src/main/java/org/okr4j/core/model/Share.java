package org.okr4j.core.model;

import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;

/**
 * A part of a whole, the inputs of a share such as {@code 238.9M / 959.4M} pages.
 *
 * <p>Part and whole have the same unit and the whole is not zero.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Share {
  Share() {}

  /**
   * The share {@code part / whole}.
   *
   * @param part the part
   * @param whole the whole, same unit, not zero
   * @return the share
   */
  public static Share of(Quantity part, Quantity whole) {
    return ImmutableShare.of(part, whole);
  }

  /**
   * The part.
   *
   * @return the part
   */
  @Value.Parameter
  public abstract Quantity part();

  /**
   * The whole.
   *
   * @return the whole
   */
  @Value.Parameter
  public abstract Quantity whole();

  @Value.Check
  void check() {
    part().requireSameUnit(whole());
    Checks.argument(whole().value().signum() != 0, "share whole (%s) must not be zero", whole());
  }
}
