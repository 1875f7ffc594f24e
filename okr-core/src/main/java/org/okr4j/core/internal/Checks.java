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

  /** The longest text a message quotes whole; a longer one is cut with an ellipsis. */
  static final int QUOTED_LENGTH = 40;

  /**
   * A text as a message quotes it: in double quotes, cut to {@value #QUOTED_LENGTH} characters,
   * with control characters, bidirectional controls, lone surrogates and other invisible or format
   * characters written as a backslash, u and four hex digits, so that a message never carries raw
   * input that could corrupt a terminal or a log.
   *
   * @param text the text
   * @return the quoted text
   */
  public static String quoted(@Nullable String text) {
    if (text == null) {
      return "null";
    }
    boolean cut = text.length() > QUOTED_LENGTH;
    String shown = cut ? text.substring(0, QUOTED_LENGTH - 3) : text;
    StringBuilder sb = new StringBuilder(shown.length() + 8).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (isShownRaw(shown, i)) {
        sb.append(c);
      } else {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return sb.append(cut ? "...\"" : "\"").toString();
  }

  /** Whether the char at {@code i} may appear raw in a message. */
  private static boolean isShownRaw(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.UNASSIGNED,
          Character.PRIVATE_USE,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }

  /**
   * The index of the first lone surrogate in a text (a high surrogate not followed by a low one, or
   * a low one not preceded by a high one), or -1 when the text is well-formed UTF-16.
   *
   * @param text the text
   * @return the index, or -1
   */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks that a text is well-formed UTF-16 (no lone surrogate), so that it can be written in
   * UTF-8.
   *
   * @param value the text
   * @param role what the text is
   * @return {@code value}
   */
  @CanIgnoreReturnValue
  public static String wellFormed(@Nullable String value, String role) {
    String checked = notNull(value, role);
    int at = loneSurrogate(checked);
    if (at >= 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s (%s) holds a lone surrogate (U+%04X at index %d): it is not valid Unicode text",
              role,
              quoted(checked),
              (int) checked.charAt(at),
              at));
    }
    return checked;
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
    String checked = wellFormed(value, role);
    if (checked.isBlank()) {
      // Quoted only when refused: a check that passes builds no text.
      argument(false, "%s (%s) must not be blank", role, quoted(checked));
    }
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
