package org.okr4j.core.calc;

import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;

/**
 * The calculators' form of a {@link Outcome.Defined defined outcome}: it builds its own explanation
 * when first asked for, once. The value, the figures the explanation is written from (the
 * subclass's captured variables) and the explanation once built are one object, where an outcome
 * and a separate memo beside it would be two; a key result's evaluation makes four of them.
 *
 * <p>If building throws, nothing is kept and the next call builds again.
 *
 * <p>Subclasses are thread-safe when {@link #build()} is.
 *
 * @param <T> the type of the value
 */
abstract non-sealed class Explained<T> extends Outcome.Defined<T> {
  private @Nullable Explanation explanation;

  /**
   * An outcome of a value.
   *
   * @param value the value, not null
   */
  Explained(T value) {
    super(Checks.notNull(value, "value"));
  }

  /**
   * Builds the explanation; called at most once unless it throws.
   *
   * @return the explanation, not null
   */
  abstract Explanation build();

  @Override
  public final synchronized Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      e = Checks.notNull(build(), "explanation");
      explanation = e;
    }
    return e;
  }
}
