package org.okr4j.core.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value built by {@link #build()} when first asked for, once: subclassed where the value is
 * needed, so that the captured inputs and the kept value are one object. The calculators use it for
 * explanations most callers never read; {@link Lazy} wraps a supplier given from outside.
 *
 * <p>If building throws, nothing is kept and the next call builds again.
 *
 * <p>Not part of the API: this package is not exported by the {@code org.okr4j.core} module.
 *
 * <p>Subclasses are thread-safe when {@link #build()} is.
 *
 * @param <T> the type of the value
 */
public abstract class Memo<T> implements Supplier<T> {
  private @Nullable T value;

  /** For subclasses. */
  protected Memo() {}

  /**
   * Builds the value; called at most once unless it throws.
   *
   * @return the value, not null
   */
  protected abstract T build();

  /**
   * The value, built on the first call.
   *
   * @return the value
   */
  @Override
  public final synchronized T get() {
    T v = value;
    if (v == null) {
      v = Checks.notNull(build(), "built value");
      value = v;
    }
    return v;
  }
}
