package org.okr4j.core.status;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.calc.Explanation;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.model.StatusColor;

/**
 * The reason and the evidence of a {@link Status}, each built when first asked for, once, and
 * checked then: the reason not null, the evidence without null elements (kept as an immutable
 * copy). A rule subclasses it to capture its figures in one object with what it builds.
 *
 * <p>If building throws, nothing is kept and the next call builds again. Thread-safe when the
 * subclass's builders are.
 */
abstract class Grounds {
  private @Nullable String reason;
  private @Nullable List<Explanation> evidence;

  /** Grounds already built. */
  static Grounds of(String reason, List<Explanation> evidence) {
    return new Given(
        Checks.notNull(reason, "reason"), List.copyOf(Checks.noNullElements(evidence, "evidence")));
  }

  /** Grounds built by two suppliers. */
  static Grounds of(Supplier<String> reason, Supplier<List<Explanation>> evidence) {
    return new FromSuppliers(
        Checks.notNull(reason, "reason"), Checks.notNull(evidence, "evidence"));
  }

  /**
   * A status on these grounds, whose reason and evidence are built when first asked for.
   *
   * @param color the colour
   * @param rule the name of the rule that produced it, not blank
   * @return the status
   */
  final Status status(StatusColor color, String rule) {
    return new Status(Checks.notNull(color, "color"), Checks.notBlank(rule, "rule"), this);
  }

  /** Writes the reason; called at most once unless it throws. */
  abstract String buildReason();

  /** Gathers the evidence; called at most once unless it throws. */
  abstract List<Explanation> buildEvidence();

  final synchronized String reason() {
    String r = reason;
    if (r == null) {
      r = Checks.notNull(buildReason(), "reason");
      reason = r;
    }
    return r;
  }

  final synchronized List<Explanation> evidence() {
    List<Explanation> e = evidence;
    if (e == null) {
      e = List.copyOf(Checks.noNullElements(buildEvidence(), "evidence"));
      evidence = e;
    }
    return e;
  }

  /** Grounds checked when given: building returns them. */
  private static final class Given extends Grounds {
    private final String reason;
    private final List<Explanation> evidence;

    Given(String reason, List<Explanation> evidence) {
      this.reason = reason;
      this.evidence = evidence;
    }

    @Override
    String buildReason() {
      return reason;
    }

    @Override
    List<Explanation> buildEvidence() {
      return evidence;
    }
  }

  private static final class FromSuppliers extends Grounds {
    private final Supplier<String> reason;
    private final Supplier<List<Explanation>> evidence;

    FromSuppliers(Supplier<String> reason, Supplier<List<Explanation>> evidence) {
      this.reason = reason;
      this.evidence = evidence;
    }

    @Override
    String buildReason() {
      return reason.get();
    }

    @Override
    List<Explanation> buildEvidence() {
      return evidence.get();
    }
  }
}
