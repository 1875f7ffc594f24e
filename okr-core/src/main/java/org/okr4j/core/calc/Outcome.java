package org.okr4j.core.calc;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.internal.Lazy;
import org.okr4j.core.internal.Memo;

/**
 * The result of a calculation: {@link Defined} with a value, or {@link Undefined} with the reason
 * there is none. Every okr4j calculator returns one, so a degenerate case (a change from zero, a
 * target equal to its baseline, a check-in without a value) is an explicit answer the caller must
 * handle rather than {@code NaN}, a silent 0, or an exception from deep inside.
 *
 * <pre>{@code
 * Outcome<Progress> p = TargetProgress.of(keyResult, checkIn);
 * String text = p.fold(
 *     progress -> Figures.fractionAsPercent(progress.raw(), Rounding.DISPLAY),
 *     undefined -> "n/a (" + undefined.reason().description() + ")");
 * }</pre>
 *
 * <p>Both kinds carry an {@link Explanation}: how the value was computed, or which input made it
 * undefined. A defined outcome builds its explanation only when first asked for it.
 *
 * <p>Two outcomes are equal when both are defined with equal values, or both undefined for the same
 * reason; explanations are not compared.
 *
 * <p>This class is immutable and thread-safe when its value is.
 *
 * @param <T> the type of the value
 */
public abstract sealed class Outcome<T> permits Outcome.Defined, Outcome.Undefined {
  Outcome() {}

  /**
   * A defined outcome.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param explanation builds the explanation when first asked for; {@link #explanation()} throws
   *     {@link NullPointerException} if it returns null
   * @return the outcome
   */
  public static <T> Outcome<T> defined(T value, Supplier<Explanation> explanation) {
    Checks.notNull(value, "value");
    Checks.notNull(explanation, "explanation");
    // The calculators' own explanations memoize themselves; any other supplier is wrapped.
    Supplier<Explanation> once =
        explanation instanceof Memo<Explanation> memo
            ? memo
            : Lazy.of(explanation, Outcome::checkExplanation);
    return new Supplied<>(value, once);
  }

  /** The check {@link #defined} applies to a built explanation. */
  private static Explanation checkExplanation(Explanation built) {
    return Checks.notNull(built, "explanation");
  }

  /**
   * An undefined outcome.
   *
   * @param <T> the type the value would have had
   * @param reason why there is no value
   * @param explanation which input made it undefined
   * @return the outcome
   */
  public static <T> Outcome<T> undefined(UndefinedReason reason, Explanation explanation) {
    return new Undefined<>(
        Checks.notNull(reason, "reason"), Checks.notNull(explanation, "explanation"));
  }

  /**
   * Whether there is a value.
   *
   * @return true for {@link Defined}
   */
  public abstract boolean isDefined();

  /**
   * The value.
   *
   * @return the value
   * @throws IllegalStateException if undefined; the message gives the reason and explanation
   */
  public abstract T value();

  /**
   * The value, if defined.
   *
   * @return the value, or empty
   */
  public abstract Optional<T> toOptional();

  /**
   * Why there is no value.
   *
   * @return the reason, or empty when defined
   */
  public abstract Optional<UndefinedReason> undefinedReason();

  /**
   * How the value was computed, or why there is none.
   *
   * @return the explanation
   */
  public abstract Explanation explanation();

  /**
   * Applies one of two functions, so that both cases are handled.
   *
   * @param <R> what both functions return
   * @param ifDefined applied to the value when defined
   * @param ifUndefined applied to the undefined outcome otherwise
   * @return what the applied function returned
   */
  public abstract <R> R fold(
      Function<? super T, ? extends R> ifDefined,
      Function<? super Undefined<T>, ? extends R> ifUndefined);

  /**
   * The value as text, or {@code "n/a (reason)"} when undefined: {@code
   * System.out.println(progress.format(p -> Figures.fractionAsPercent(p.raw(),
   * Rounding.DISPLAY)))}. Unlike {@link #fold}, the result is a {@code String}, so it can be passed
   * to any overloaded method.
   *
   * @param formatter writes a defined value
   * @return the text
   */
  public String format(Function<? super T, String> formatter) {
    Checks.notNull(formatter, "formatter");
    return fold(formatter, u -> "n/a (" + u.reason().description() + ")");
  }

  /**
   * Transforms a defined value, keeping the explanation; an undefined outcome stays undefined.
   *
   * @param <R> the type of the new value
   * @param mapper the transformation
   * @return the transformed outcome
   */
  public abstract <R> Outcome<R> map(Function<? super T, ? extends R> mapper);

  /**
   * A defined outcome.
   *
   * @param <T> the type of the value
   */
  public abstract static sealed class Defined<T> extends Outcome<T>
      permits Outcome.Supplied, Outcome.Mapped, Explained {
    private final T value;

    Defined(T value) {
      this.value = value;
    }

    @Override
    public boolean isDefined() {
      return true;
    }

    @Override
    public T value() {
      return value;
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.of(value);
    }

    @Override
    public Optional<UndefinedReason> undefinedReason() {
      return Optional.empty();
    }

    @Override
    public <R> R fold(
        Function<? super T, ? extends R> ifDefined,
        Function<? super Undefined<T>, ? extends R> ifUndefined) {
      Checks.notNull(ifUndefined, "ifUndefined");
      return Checks.notNull(ifDefined, "ifDefined").apply(value);
    }

    @Override
    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
      R mapped = Checks.notNull(mapper, "mapper").apply(value);
      Checks.notNull(mapped, "mapped value");
      return this instanceof Supplied<T> supplied
          ? new Supplied<>(mapped, supplied.explanation)
          : new Mapped<>(mapped, this);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Defined<?> other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    /**
     * {@code "Defined[value]"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return "Defined[" + value + "]";
    }
  }

  /**
   * A defined outcome whose explanation comes from a supplier ({@link #defined}, {@link #map}): the
   * calculators' own outcomes ({@link Explained}) build theirs without one, and so without the
   * field.
   */
  static final class Supplied<T> extends Defined<T> {
    private final Supplier<Explanation> explanation;

    Supplied(T value, Supplier<Explanation> explanation) {
      super(value);
      this.explanation = explanation;
    }

    @Override
    public Explanation explanation() {
      return explanation.get();
    }
  }

  /**
   * A defined outcome mapped from another ({@link #map}) whose explanation is the other's: it
   * refers to the other outcome instead of holding a supplier made for it.
   */
  static final class Mapped<T> extends Defined<T> {
    private final Defined<?> source;

    Mapped(T value, Defined<?> source) {
      super(value);
      this.source = source;
    }

    @Override
    public Explanation explanation() {
      return source.explanation();
    }
  }

  /**
   * An undefined outcome.
   *
   * @param <T> the type the value would have had
   */
  public static final class Undefined<T> extends Outcome<T> {
    private final UndefinedReason reason;
    private final Explanation explanation;

    Undefined(UndefinedReason reason, Explanation explanation) {
      this.reason = reason;
      this.explanation = explanation;
    }

    /**
     * Why there is no value.
     *
     * @return the reason
     */
    public UndefinedReason reason() {
      return reason;
    }

    @Override
    public boolean isDefined() {
      return false;
    }

    @Override
    public T value() {
      throw new IllegalStateException(
          explanation.subject()
              + " is undefined ("
              + reason.description()
              + "): "
              + explanation.brief());
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.empty();
    }

    @Override
    public Optional<UndefinedReason> undefinedReason() {
      return Optional.of(reason);
    }

    @Override
    public Explanation explanation() {
      return explanation;
    }

    @Override
    public <R> R fold(
        Function<? super T, ? extends R> ifDefined,
        Function<? super Undefined<T>, ? extends R> ifUndefined) {
      Checks.notNull(ifDefined, "ifDefined");
      return Checks.notNull(ifUndefined, "ifUndefined").apply(this);
    }

    @Override
    public <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
      Checks.notNull(mapper, "mapper");
      return new Undefined<>(reason, explanation);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Undefined<?> other && reason == other.reason;
    }

    @Override
    public int hashCode() {
      return reason.hashCode();
    }

    /**
     * {@code "Undefined[change from zero: …]"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return "Undefined[" + reason.description() + ": " + explanation.brief() + "]";
    }
  }
}
