package org.okr4j.json;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.quantity.DecimalLimits;
import tools.jackson.core.StreamReadConstraints;

/**
 * The limits a read enforces, so that a hostile or broken document fails fast with an {@link
 * OkrJsonException} instead of exhausting memory, stack or time.
 *
 * <table>
 *   <caption>Limits and defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>range</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>64 MiB</td><td>1 to 2<sup>62</sup></td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>1 to 1,000</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>40</td><td>1 to 1,000</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>10,000</td><td>1 to 100,000,000</td></tr>
 *   <tr><td>{@link #maxIntegerDigits()}</td><td>18</td><td>1 to 18</td></tr>
 *   <tr><td>{@link #maxDecimalPlaces()}</td><td>18</td><td>0 to 18</td></tr>
 * </table>
 *
 * <p>The decimal limits can only be tightened: okr-core's {@link DecimalLimits} accepts at most 18
 * integer digits and 18 decimal places, and every number is checked against both before any value
 * is built from it, so that {@code 1e999999999} never reaches {@link java.math.BigDecimal}
 * arithmetic.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadLimits {
  /** The default for {@link #maxDocumentLength()}: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The default for {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default for {@link #maxNumberLength()}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 40;

  /** The default for {@link #maxStringLength()}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;

  /** The highest nesting depth that may be configured; deeper reading could exhaust the stack. */
  public static final int MAX_CONFIGURABLE_NESTING_DEPTH = 1_000;

  private static final ReadLimits DEFAULTS = builder().build();

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxNumberLength;
  private final int maxStringLength;
  private final int maxIntegerDigits;
  private final int maxDecimalPlaces;

  private ReadLimits(Builder b) {
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxNumberLength = b.maxNumberLength;
    this.maxStringLength = b.maxStringLength;
    this.maxIntegerDigits = b.maxIntegerDigits;
    this.maxDecimalPlaces = b.maxDecimalPlaces;
  }

  /**
   * The default limits.
   *
   * @return the limits with every default
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these limits.
   *
   * @return a new builder holding these limits
   */
  public Builder toBuilder() {
    return new Builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxNumberLength(maxNumberLength)
        .maxStringLength(maxStringLength)
        .maxIntegerDigits(maxIntegerDigits)
        .maxDecimalPlaces(maxDecimalPlaces);
  }

  /**
   * The longest document read: in bytes when reading bytes (an {@link java.io.InputStream} or a
   * file), in characters when reading characters (a {@link String} or a {@link java.io.Reader}).
   *
   * @return the maximum length
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The deepest nesting of objects and arrays: {@code {"a": [1]}} has depth 2.
   *
   * @return the maximum depth
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest number, in characters as written ({@code -12.5e3} has 7).
   *
   * @return the maximum length
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The longest string value or member name, in characters.
   *
   * @return the maximum length
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The most integer digits a decimal may have.
   *
   * @return the maximum, at most {@link DecimalLimits#MAX_INTEGER_DIGITS}
   */
  public int maxIntegerDigits() {
    return maxIntegerDigits;
  }

  /**
   * The most decimal places a decimal may have, after trailing zeros are removed.
   *
   * @return the maximum, at most {@link DecimalLimits#MAX_DECIMAL_PLACES}
   */
  public int maxDecimalPlaces() {
    return maxDecimalPlaces;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj
        || (obj instanceof ReadLimits o
            && maxDocumentLength == o.maxDocumentLength
            && maxNestingDepth == o.maxNestingDepth
            && maxNumberLength == o.maxNumberLength
            && maxStringLength == o.maxStringLength
            && maxIntegerDigits == o.maxIntegerDigits
            && maxDecimalPlaces == o.maxDecimalPlaces);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentLength,
        maxNestingDepth,
        maxNumberLength,
        maxStringLength,
        maxIntegerDigits,
        maxDecimalPlaces);
  }

  /**
   * The limits, for logs.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ReadLimits[maxDocumentLength=%d, maxNestingDepth=%d, maxNumberLength=%d,"
            + " maxStringLength=%d, maxIntegerDigits=%d, maxDecimalPlaces=%d]",
        maxDocumentLength,
        maxNestingDepth,
        maxNumberLength,
        maxStringLength,
        maxIntegerDigits,
        maxDecimalPlaces);
  }

  /** Builds {@link ReadLimits}; every limit starts at its default. */
  public static final class Builder {
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxIntegerDigits = DecimalLimits.MAX_INTEGER_DIGITS;
    private int maxDecimalPlaces = DecimalLimits.MAX_DECIMAL_PLACES;

    private Builder() {}

    /**
     * Sets {@link ReadLimits#maxDocumentLength()}.
     *
     * @param value bytes or characters, from 1 to 2<sup>62</sup>
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxDocumentLength(long value) {
      check(value >= 1 && value <= (1L << 62), "maxDocumentLength", value, "1..2^62");
      this.maxDocumentLength = value;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNestingDepth()}.
     *
     * @param value from 1 to {@link ReadLimits#MAX_CONFIGURABLE_NESTING_DEPTH}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxNestingDepth(int value) {
      check(
          value >= 1 && value <= MAX_CONFIGURABLE_NESTING_DEPTH,
          "maxNestingDepth",
          value,
          "1.." + MAX_CONFIGURABLE_NESTING_DEPTH);
      this.maxNestingDepth = value;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxNumberLength()}.
     *
     * @param value characters, from 1 to 1,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxNumberLength(int value) {
      check(value >= 1 && value <= 1_000, "maxNumberLength", value, "1..1000");
      this.maxNumberLength = value;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxStringLength()}.
     *
     * @param value characters, from 1 to 100,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxStringLength(int value) {
      check(value >= 1 && value <= 100_000_000, "maxStringLength", value, "1..100000000");
      this.maxStringLength = value;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxIntegerDigits()}.
     *
     * @param value from 1 to {@link DecimalLimits#MAX_INTEGER_DIGITS}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxIntegerDigits(int value) {
      check(
          value >= 1 && value <= DecimalLimits.MAX_INTEGER_DIGITS,
          "maxIntegerDigits",
          value,
          "1.." + DecimalLimits.MAX_INTEGER_DIGITS);
      this.maxIntegerDigits = value;
      return this;
    }

    /**
     * Sets {@link ReadLimits#maxDecimalPlaces()}.
     *
     * @param value from 0 to {@link DecimalLimits#MAX_DECIMAL_PLACES}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxDecimalPlaces(int value) {
      check(
          value >= 0 && value <= DecimalLimits.MAX_DECIMAL_PLACES,
          "maxDecimalPlaces",
          value,
          "0.." + DecimalLimits.MAX_DECIMAL_PLACES);
      this.maxDecimalPlaces = value;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static void check(boolean ok, String name, long value, String range) {
      if (!ok) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "%s (%d) must be within %s", name, value, range));
      }
    }
  }

  /**
   * Jackson stream read constraints with these limits: document length, nesting depth, number
   * length, and string and member name length. {@link OkrJson} reads with them; give them to the
   * factory of a mapper that uses {@link OkrJsonModule}, so that an oversized string is refused
   * before it is buffered.
   *
   * @return the constraints
   */
  public StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxNumberLength(maxNumberLength)
        .maxStringLength(maxStringLength)
        .maxNameLength(maxStringLength)
        .build();
  }
}
