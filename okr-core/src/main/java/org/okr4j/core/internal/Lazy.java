package org.okr4j.core.internal;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A value built when first asked for, once, and checked then: the explanations of outcomes and the
 * reasons of statuses, which most callers never read. One small object, where Guava's {@code
 * Suppliers.memoize} around a checking lambda takes three.
 *
 * <p>If building throws, nothing is kept and the next call builds again, as with {@code
 * Suppliers.memoize}. The supplier is released once the value is built.
 *
 * <p>Not part of the API: this package is not exported by the {@code org.okr4j.core} module.
 *
 * <p>This class is thread-safe.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {
  private @Nullable Supplier<? extends T> build;
  private final UnaryOperator<T> check;
  private @Nullable T value;

  private Lazy(Supplier<? extends T> build, UnaryOperator<T> check) {
    this.build = build;
    this.check = check;
  }

  /**
   * A value built by {@code build} and passed through {@code check} when first asked for.
   *
   * @param <T> the type of the value
   * @param build builds the value
   * @param check checks the value built (throws if it is wrong) and returns what to keep; pass a
   *     constant, such as a non-capturing lambda, so that no object is made for it
   * @return the lazy value
   */
  public static <T> Lazy<T> of(Supplier<? extends T> build, UnaryOperator<T> check) {
    return new Lazy<>(Checks.notNull(build, "build"), Checks.notNull(check, "check"));
  }

  /**
   * The value, built and checked on the first call.
   *
   * @return the value
   */
  @Override
  public synchronized T get() {
    // Uncontended locking is cheap, and an explanation is read far less often than it is made.
    T v = value;
    if (v == null) {
      v = check.apply(Checks.notNull(build, "build").get());
      value = v;
      build = null;
    }
    return v;
  }
}
