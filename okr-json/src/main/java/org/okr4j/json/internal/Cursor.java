package org.okr4j.json.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.quantity.DecimalLimits;
import org.okr4j.json.OkrJsonException;
import org.okr4j.json.ReadLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The reader's view of a {@link JsonParser}: typed reads of the current token with errors naming
 * the path, line and column, strict object iteration (unknown and repeated members are errors), and
 * the limits Jackson does not enforce when the parser comes from someone else's mapper.
 */
final class Cursor {
  /** Handles one member of an object; the parser is on the member's value. */
  @FunctionalInterface
  interface MemberHandler {
    void member(String name, JsonPath path);
  }

  /** Members whose names an object compares in an array before it uses a set. */
  static final int FEW_MEMBERS = 12;

  private final JsonParser parser;
  private final ReadLimits limits;

  Cursor(JsonParser parser, ReadLimits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  JsonParser parser() {
    return parser;
  }

  ReadLimits limits() {
    return limits;
  }

  @Nullable JsonToken token() {
    return parser.currentToken();
  }

  @Nullable JsonToken next() {
    return parser.nextToken();
  }

  boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  Loc loc(JsonPath path) {
    TokenStreamLocation l = parser.currentTokenLocation();
    // At the end of an empty input Jackson reports column 0; columns are 1-based.
    return new Loc(path, l.getLineNr(), Math.max(1, l.getColumnNr()));
  }

  OkrJsonException error(JsonPath path, String problem) {
    return loc(path).error(problem);
  }

  OkrJsonException expected(JsonPath path, String what) {
    return error(path, "expected " + what + ", found " + describeCurrent());
  }

  /** Reads the members of the object at the current token, calling {@code handler} for each. */
  void object(JsonPath path, String what, MemberHandler handler) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw expected(path, what);
    }
    checkDepth(path);
    // Most objects have a few members: compare names in a small array, and only past that use a
    // set, so that a huge object is not quadratic.
    String[] few = new String[FEW_MEMBERS];
    int count = 0;
    Set<String> seen = null;
    JsonToken t;
    while ((t = next()) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonPath memberPath = path.field(name);
      if (name.length() > limits.maxStringLength()) {
        throw error(memberPath, lengthProblem("member name", name.length()));
      }
      checkWellFormed(memberPath, "the member name", name);
      boolean duplicate;
      if (seen != null) {
        duplicate = !seen.add(name);
      } else {
        duplicate = false;
        for (int i = 0; i < count; i++) {
          if (few[i].equals(name)) {
            duplicate = true;
            break;
          }
        }
        if (!duplicate && count < FEW_MEMBERS) {
          few[count++] = name;
        } else if (!duplicate) {
          seen = new HashSet<>(Arrays.asList(few));
          seen.add(name);
        }
      }
      if (duplicate) {
        throw error(memberPath, "member \"" + abbreviate(name) + "\" appears twice");
      }
      next();
      handler.member(name, memberPath);
    }
    if (t != JsonToken.END_OBJECT) {
      throw expected(path, "a member name or the end of the object");
    }
  }

  /** Reads the elements of the array at the current token, calling {@code element} for each. */
  void array(JsonPath path, String what, java.util.function.ObjIntConsumer<JsonPath> element) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw expected(path, what);
    }
    checkDepth(path);
    int i = 0;
    while (next() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == null) {
        throw expected(path, "the end of the array");
      }
      element.accept(path.index(i), i);
      i++;
    }
  }

  private void checkDepth(JsonPath path) {
    int depth = parser.streamReadContext().getNestingDepth();
    if (depth > limits.maxNestingDepth()) {
      throw error(
          path,
          String.format(
              Locale.ROOT,
              "nesting depth (%d) exceeds the maximum allowed (%d, ReadLimits.maxNestingDepth)",
              depth,
              limits.maxNestingDepth()));
    }
  }

  OkrJsonException unknownMember(JsonPath path, String name, List<String> allowed) {
    return error(
        path,
        "unknown member \""
            + abbreviate(name)
            + "\"; expected one of: "
            + String.join(", ", allowed));
  }

  String string(JsonPath path, String what) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw expected(path, what);
    }
    String s = parser.getString();
    if (s.length() > limits.maxStringLength()) {
      throw error(path, lengthProblem("string", s.length()));
    }
    checkWellFormed(path, "the string", s);
    return s;
  }

  String string(JsonPath path) {
    return string(path, "a string");
  }

  /** A string, or null when the member is null (absent). */
  @Nullable String optionalString(JsonPath path) {
    return isNull() ? null : string(path);
  }

  boolean bool(JsonPath path) {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw expected(path, "true or false");
  }

  boolean isNumber() {
    JsonToken t = parser.currentToken();
    return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
  }

  /** A JSON number as an exact decimal, scale kept, checked against the limits. */
  BigDecimal decimal(JsonPath path, String what) {
    if (!isNumber()) {
      throw expected(path, what);
    }
    int length = parser.getStringLength();
    if (length > limits.maxNumberLength()) {
      throw error(
          path,
          String.format(
              Locale.ROOT,
              "number is %d characters long, more than the maximum allowed (%d,"
                  + " ReadLimits.maxNumberLength)",
              length,
              limits.maxNumberLength()));
    }
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw error(path, "expected a decimal number, found " + describeCurrent());
    }
    if (!isAcceptedDecimal(value)) {
      checkDecimal(value, loc(path));
    }
    return value;
  }

  BigDecimal decimal(JsonPath path) {
    return decimal(path, "a number");
  }

  /** Whether a decimal is within {@link DecimalLimits} and the reader's limits. */
  boolean isAcceptedDecimal(BigDecimal value) {
    // Decimal places are counted as written, trailing zeros included, as DecimalLimits counts them:
    // the reader accepts exactly what okr-core's arithmetic accepts.
    long integerDigits = (long) value.precision() - value.scale();
    return DecimalLimits.isWithinLimits(value)
        && integerDigits <= limits.maxIntegerDigits()
        && value.scale() <= limits.maxDecimalPlaces();
  }

  void checkDecimal(BigDecimal value, Loc at) {
    if (!isAcceptedDecimal(value)) {
      throw at.error(
          String.format(
              Locale.ROOT,
              "number %s is outside the accepted range: at most %d integer digits and %d decimal"
                  + " places",
              abbreviate(value.toString()),
              limits.maxIntegerDigits(),
              limits.maxDecimalPlaces()));
    }
  }

  String lengthProblem(String what, int length) {
    return String.format(
        Locale.ROOT,
        "%s is %d characters long, more than the maximum allowed (%d, ReadLimits.maxStringLength)",
        what,
        length,
        limits.maxStringLength());
  }

  /** What the current token is, for "found ..." in messages. */
  String describeCurrent() {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case PROPERTY_NAME -> "member \"" + abbreviate(parser.currentName()) + "\"";
      case VALUE_STRING -> "the string \"" + abbreviate(parser.getString()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(parser.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  /** A text as a message shows it between quotes: cut to 40 characters and escaped. */
  static String abbreviate(String text) {
    return Texts.abbreviate(text);
  }

  /** The index of the first lone surrogate in {@code s}, or -1 when it is well-formed UTF-16. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
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

  /** Refuses a string that is not valid Unicode text (it could not be written in UTF-8). */
  private void checkWellFormed(JsonPath path, String what, String s) {
    int at = loneSurrogate(s);
    if (at >= 0) {
      throw error(
          path,
          String.format(
              Locale.ROOT,
              "%s holds a lone surrogate (\\u%04x at index %d), which is not Unicode text",
              what,
              (int) s.charAt(at),
              at));
    }
  }
}
