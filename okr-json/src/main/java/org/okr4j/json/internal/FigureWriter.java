package org.okr4j.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.Share;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;
import tools.jackson.core.JsonGenerator;

/**
 * Writes figures, units, periods, as-ofs, shares and the other small values of the canonical form,
 * remembering the string form of each unit and period already written.
 *
 * <p>Not thread-safe: writes one report.
 */
final class FigureWriter {
  private static final int[] SUFFIX_POWERS = {3, 6, 9};
  private static final String[] SUFFIXES = {"k", "M", "B"};

  private final JsonGenerator out;
  private final FiscalCalendar calendar;

  /**
   * The string form of each unit and period written so far, or null when it needs an object: a
   * report repeats a handful of them thousands of times, and each form is checked by reading it
   * back.
   */
  private final Map<Unit, Optional<String>> unitTexts = new HashMap<>();

  private final Map<Period, Optional<String>> periodTexts = new HashMap<>();

  FigureWriter(JsonGenerator out, FiscalCalendar calendar) {
    this.out = out;
    this.calendar = calendar;
  }

  /**
   * Writes a figure in the shortest form that reads back to it where {@code context} is the unit
   * and {@code exactDefault} the exactness a plain number takes.
   */
  void figure(Quantity q, @Nullable Unit context, boolean exactDefault) {
    if (q.unit().equals(context)) {
      String number = plainNumber(q, exactDefault);
      if (number != null) {
        out.writeNumber(number);
        return;
      }
      String suffixed = suffixString(q);
      if (suffixed != null) {
        out.writeString(suffixed);
        return;
      }
    }
    out.writeStartObject();
    out.writeName("value");
    out.writeNumber(q.value().toPlainString());
    Precision implied = exactDefault ? Precision.exact() : Precision.ofDigits(q.value());
    if (!q.precision().equals(implied)) {
      if (q.isExact()) {
        out.writeBooleanProperty("exact", true);
      } else {
        out.writeName("precision");
        out.writeNumber(q.precision().step().orElseThrow().toPlainString());
      }
    }
    if (!q.unit().equals(context)) {
      out.writeName("unit");
      unit(q.unit());
    }
    out.writeEndObject();
  }

  static @Nullable String plainNumber(Quantity q, boolean exactDefault) {
    BigDecimal value = q.value();
    String text = value.toPlainString();
    // With no exponent, the plain text reads back as the same number and scale: no need to parse.
    BigDecimal read = value.scale() >= 0 ? value : new BigDecimal(text);
    Precision precision = exactDefault ? Precision.exact() : Precision.ofDigits(read);
    return Quantity.of(read, q.unit(), precision).equals(q) ? text : null;
  }

  /**
   * The value with a magnitude suffix ({@code "238.9M"}), when the precision is a power of ten of
   * at least 1,000 and the value is a whole multiple of it.
   */
  static @Nullable String suffixString(Quantity q) {
    Optional<BigDecimal> step = q.precision().step();
    if (step.isEmpty()) {
      return null;
    }
    BigDecimal s = step.orElseThrow();
    if (!s.unscaledValue().equals(BigInteger.ONE) || -s.scale() < 3) {
      return null;
    }
    int k = -s.scale();
    BigDecimal value = q.value();
    int chosen = -1;
    for (int i = 0; i < SUFFIX_POWERS.length; i++) {
      int power = SUFFIX_POWERS[i];
      if (power >= k
          && (chosen < 0 || value.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(power)) >= 0)) {
        chosen = i;
      }
    }
    if (chosen < 0) {
      return null;
    }
    int power = SUFFIX_POWERS[chosen];
    BigDecimal digits;
    try {
      digits = value.movePointLeft(power).setScale(power - k);
    } catch (ArithmeticException notAMultiple) {
      return null;
    }
    String text = digits.toPlainString() + SUFFIXES[chosen];
    try {
      return Quantity.parse(text, q.unit()).equals(q) ? text : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  void decimal(BigDecimal value) {
    out.writeNumber(Vocabulary.decimalText(value));
  }

  void unit(Unit unit) {
    Optional<String> text =
        unitTexts.computeIfAbsent(unit, u -> Optional.ofNullable(Vocabulary.unitText(u)));
    if (text.isPresent()) {
      out.writeString(text.orElseThrow());
      return;
    }
    out.writeStartObject();
    out.writeStringProperty("symbol", unit.symbol());
    out.writeEndObject();
  }

  void period(Period p) {
    Optional<String> text =
        periodTexts.computeIfAbsent(
            p, period -> Optional.ofNullable(Vocabulary.periodText(period, calendar)));
    if (text.isPresent()) {
      out.writeString(text.orElseThrow());
      return;
    }
    out.writeStartObject();
    Optional<FiscalCalendar> fiscal = p.fiscalCalendar();
    if (fiscal.isPresent()) {
      out.writeStringProperty("fiscal", p.label());
      out.writeStringProperty(
          "fiscalYearStart", Vocabulary.text(fiscal.orElseThrow().firstMonth()));
    } else {
      out.writeStringProperty("start", p.start().toString());
      out.writeStringProperty("endExclusive", p.endExclusive().toString());
      if (!p.label().equals(p.start() + ".." + p.endExclusive())) {
        out.writeStringProperty("label", p.label());
      }
    }
    out.writeEndObject();
  }

  void asOf(AsOf a) {
    if (a.period().isPresent()) {
      period(a.period().orElseThrow());
    } else if (a.date().isPresent()) {
      out.writeString(a.date().orElseThrow().toString());
    } else {
      out.writeStartObject();
      out.writeStringProperty("label", a.label());
      out.writeEndObject();
    }
  }

  void optional(String name, Optional<String> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name, value.orElseThrow());
    }
  }

  void share(Share s) {
    Unit unit = s.part().unit();
    out.writeStartObject();
    out.writeName("part");
    figure(s.part(), unit, false);
    out.writeName("whole");
    figure(s.whole(), unit, false);
    if (!unit.equals(Unit.count())) {
      out.writeName("unit");
      unit(unit);
    }
    out.writeEndObject();
  }

  void statedFigure(StatedFigure s, @Nullable Unit unit, boolean exactDefault) {
    out.writeStartObject();
    out.writeStringProperty("text", s.text());
    out.writeName("value");
    figure(s.value(), unit, exactDefault);
    out.writeEndObject();
  }

  void weight(BigDecimal weight) {
    if (!Vocabulary.sameDecimal(weight, BigDecimal.ONE)) {
      out.writeName("weight");
      decimal(weight);
    }
  }
}
