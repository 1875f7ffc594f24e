package org.okr4j.core.calc;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.ChangeReference;
import org.okr4j.core.model.Direction;
import org.okr4j.core.quantity.Rational;

/**
 * What the explanation of a {@link PercentChange} needs beside the change and its two operands: the
 * metric's direction, the scale of a score (empty for other units) and the reference named in the
 * subject (null when none is). Without a scale there are six combinations, each one shared
 * instance, so that a defined change's outcome holds one field for the three (32 bytes on a 64-bit
 * JVM, where three fields would take 40) and makes nothing more.
 */
final class ChangeWording {
  private static final int REFERENCES = ChangeReference.values().length + 1;
  private static final ChangeWording[] UNSCALED = unscaled();

  final Direction direction;
  final Optional<Rational> scale;
  final @Nullable ChangeReference reference;

  private ChangeWording(
      Direction direction, Optional<Rational> scale, @Nullable ChangeReference reference) {
    this.direction = direction;
    this.scale = scale;
    this.reference = reference;
  }

  /**
   * The wording of one change.
   *
   * @param direction the metric's direction
   * @param scale the maximum of the unit's scale, or empty
   * @param reference what the change is measured against, or null when the subject names none
   * @return a shared instance when {@code scale} is empty, else a new one
   */
  static ChangeWording of(
      Direction direction, Optional<Rational> scale, @Nullable ChangeReference reference) {
    return scale.isEmpty()
        ? UNSCALED[index(direction, reference)]
        : new ChangeWording(direction, scale, reference);
  }

  private static ChangeWording[] unscaled() {
    ChangeWording[] all = new ChangeWording[Direction.values().length * REFERENCES];
    for (Direction d : Direction.values()) {
      all[index(d, null)] = new ChangeWording(d, Optional.empty(), null);
      for (ChangeReference r : ChangeReference.values()) {
        all[index(d, r)] = new ChangeWording(d, Optional.empty(), r);
      }
    }
    return all;
  }

  // The ordinals index a table built at class initialisation from the same values(): never stored
  // or compared across runs.
  @SuppressWarnings("EnumOrdinal")
  private static int index(Direction direction, @Nullable ChangeReference reference) {
    return direction.ordinal() * REFERENCES + (reference == null ? 0 : reference.ordinal() + 1);
  }
}
