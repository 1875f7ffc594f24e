package org.okr4j.core.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one place where okr4j guards its arguments. Every message names the role of the argument, its
 * value and the rule it broke, as in {@code "weight (-1) must be >= 0"}.
 *
 * <p>Not part of the API: this package is not exported by the {@code org.okr4j.core} module.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} or throws a {@link NullPointerException} naming {@code role}.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param role what the value is, for the message
   * @return {@code value}
   */
  @CanIgnoreReturnValue
  public static <T> T notNull(@Nullable T value, String role) {
    if (value == null) {
      throw new NullPointerException(role + " must not be null");
    }
    return value;
  }

  /**
   * Checks that no element of a collection is null.
   *
   * @param <C> the collection type
   * @param values the collection
   * @param role what the collection holds, for the message
   * @return {@code values}
   */
  @CanIgnoreReturnValue
  public static <C extends Collection<?>> C noNullElements(@Nullable C values, String role) {
    C checked = notNull(values, role);
    int i = 0;
    for (Object v : checked) {
      if (v == null) {
        throw new NullPointerException(role + "[" + i + "] must not be null");
      }
      i++;
    }
    return checked;
  }

  /**
   * Throws an {@link IllegalArgumentException} with a formatted message unless {@code condition}.
   *
   * @param condition the rule
   * @param format a {@link String#format} pattern
   * @param args its arguments
   */
  public static void argument(boolean condition, String format, @Nullable Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  /**
   * Throws an {@link IllegalStateException} with a formatted message unless {@code condition}.
   *
   * @param condition the rule
   * @param format a {@link String#format} pattern
   * @param args its arguments
   */
  public static void state(boolean condition, String format, @Nullable Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(Locale.ROOT, format, args));
    }
  }

  /**
   * Checks that a text is not blank.
   *
   * @param value the text
   * @param role what the text is
   * @return {@code value}
   */
  @CanIgnoreReturnValue
  public static String notBlank(@Nullable String value, String role) {
    String checked = notNull(value, role);
    argument(!checked.isBlank(), "%s (\"%s\") must not be blank", role, checked);
    return checked;
  }

  /**
   * Checks that a decimal is strictly positive.
   *
   * <p>The message prints the value in full: check it against {@code DecimalLimits} first.
   *
   * @param value the decimal
   * @param role what it is
   * @return {@code value}
   */
  @CanIgnoreReturnValue
  public static BigDecimal positive(@Nullable BigDecimal value, String role) {
    BigDecimal checked = notNull(value, role);
    // The message is built only on failure: toPlainString of a huge exponent would take seconds.
    if (checked.signum() <= 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s (%s) must be > 0", role, checked.toPlainString()));
    }
    return checked;
  }

  /**
   * Checks that a decimal is zero or positive.
   *
   * <p>The message prints the value in full: check it against {@code DecimalLimits} first.
   *
   * @param value the decimal
   * @param role what it is
   * @return {@code value}
   */
  @CanIgnoreReturnValue
  public static BigDecimal nonNegative(@Nullable BigDecimal value, String role) {
    BigDecimal checked = notNull(value, role);
    if (checked.signum() < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s (%s) must be >= 0", role, checked.toPlainString()));
    }
    return checked;
  }
}
