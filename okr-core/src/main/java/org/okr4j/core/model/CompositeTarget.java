package org.okr4j.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.quantity.Quantity;

/**
 * Several sub-targets pursued together: "20 projects completed, 700 tasks completed, 14 projects
 * promoted". Each {@link Part} has a name, its own target and optionally its own baseline;
 * check-ins report a value per part ({@link CheckIn#partValues()}).
 *
 * <p>How the parts combine is explicit ({@link Combination}): by default the composite is only as
 * far along as its weakest part, so it is achieved exactly when every part is.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompositeTarget extends Target {
  /** How the progress of the parts combines into the progress of the composite. */
  public enum Combination {
    /** The smallest clamped progress of any part: achieved only when every part is. */
    WEAKEST,
    /** The mean of the parts' clamped progress, each part weighing the same. */
    MEAN
  }

  CompositeTarget() {}

  /**
   * The target.
   *
   * @param parts the parts, at least two, with distinct names
   * @param combination how their progress combines
   * @return the target
   */
  public static CompositeTarget of(List<Part> parts, Combination combination) {
    return ImmutableCompositeTarget.builder().parts(parts).combination(combination).build();
  }

  /**
   * The parts, in the order given.
   *
   * @return the parts
   */
  public abstract List<Part> parts();

  /**
   * How the parts' progress combines.
   *
   * @return the combination
   */
  public abstract Combination combination();

  /**
   * The part with a name.
   *
   * @param name the part's name
   * @return the part, or empty
   */
  public Optional<Part> part(String name) {
    Checks.notNull(name, "part name");
    return parts().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.argument(
        parts().size() >= 2, "a composite target needs at least 2 parts, not %d", parts().size());
    Set<String> names = new HashSet<>();
    for (Part part : parts()) {
      Checks.argument(
          names.add(part.name()), "composite part name (\"%s\") is used twice", part.name());
    }
  }

  @Override
  public final Kind kind() {
    return Kind.COMPOSITE;
  }

  @Override
  public final <R> R accept(TargetVisitor<R> visitor) {
    return visitor.visitComposite(this);
  }

  @Override
  public CompositeTarget printedAs(String text) {
    return ImmutableCompositeTarget.builder().from(this).printed(text).build();
  }

  /**
   * One sub-target of a composite: a name, a measurable target and an optional baseline value.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class Part {
    Part() {}

    /**
     * A part whose baseline is zero in the target's unit.
     *
     * @param name the part's name ("projects completed")
     * @param target what the part aims for: a value, threshold, band or milestone target
     * @return the part
     */
    public static Part of(String name, Target target) {
      return ImmutablePart.builder().name(name).target(target).build();
    }

    /**
     * A part with a baseline.
     *
     * @param name the part's name
     * @param target what the part aims for
     * @param baseline the part's baseline value, in the unit of the target's figures
     * @return the part
     * @throws org.okr4j.core.quantity.UnitMismatchException if {@code baseline} is not in the
     *     target's unit
     */
    public static Part of(String name, Target target, Quantity baseline) {
      return ImmutablePart.builder().name(name).target(target).baseline(baseline).build();
    }

    /**
     * The part's name, unique within its composite.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * What the part aims for.
     *
     * @return the target
     */
    public abstract Target target();

    /**
     * The part's baseline value; zero in the target's unit when absent.
     *
     * @return the baseline, if given
     */
    public abstract Optional<Quantity> baseline();

    @Value.Check
    void check() {
      Checks.notBlank(name(), "composite part name");
      Target.Kind kind = target().kind();
      Checks.argument(
          kind == Target.Kind.VALUE
              || kind == Target.Kind.THRESHOLD
              || kind == Target.Kind.BAND
              || kind == Target.Kind.MILESTONE,
          "composite part \"%s\" must have a value, threshold, band or milestone target, not %s",
          name(),
          kind);
      baseline()
          .ifPresent(
              b ->
                  KeyResult.unitOf(target())
                      .ifPresent(u -> Quantity.exact(0, u).requireSameUnit(b)));
    }
  }
}
