package org.okr4j.core.model;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/** Figures and periods from Wikimedia's Q3 FY2019/20 Technology deck, shared by the model tests. */
final class Fixtures {
  static final FiscalCalendar WIKIMEDIA = FiscalCalendar.startingIn(Month.JULY);
  static final Period Q2 = WIKIMEDIA.quarter(2020, 2);
  static final Period Q3 = WIKIMEDIA.quarter(2020, 3);
  static final Period Q4 = WIKIMEDIA.quarter(2020, 4);
  static final Period FY = WIKIMEDIA.fiscalYear(2020);

  static final Unit MAINTAINERS = Unit.count("tool maintainers");
  static final Unit SCORE = Unit.scoreOutOf(5);

  private Fixtures() {}

  static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  static Quantity days(String value) {
    return Quantity.of(d(value), Unit.days());
  }

  static Quantity percent(String value) {
    return Quantity.of(d(value), Unit.percent());
  }

  static Quantity maintainers(long value) {
    return Quantity.exact(value, MAINTAINERS);
  }

  static Quantity score(String value) {
    return Quantity.of(d(value), SCORE);
  }

  static Quantity count(String value, String noun) {
    return Quantity.of(d(value), Unit.count(noun));
  }

  static StatedFigure figure(String text, Quantity value) {
    return StatedFigure.of(text, value);
  }

  /** 238.9M of 959.4M pages: the deck's share of pages with structured data. */
  static Share pages() {
    return Share.of(
        Quantity.parse("238.9M", Unit.count("pages")),
        Quantity.parse("959.4M", Unit.count("pages")));
  }

  /** "-1.4%" printed beside a value, as a relative improvement against the baseline. */
  static StatedChange minus1point4() {
    return StatedChange.of(
        StatedFigure.of("-1.4%", percent("-1.4")),
        ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.IMPROVEMENT));
  }

  /**
   * The hash code the generated value classes computed from their attributes' hash codes, in order:
   * {@code h = 5381}, then {@code h += (h << 5) + attribute} (absent is 0, an empty list 1, an
   * empty map 0).
   */
  static int generatedHash(int... attributes) {
    int h = 5381;
    for (int a : attributes) {
      h += (h << 5) + a;
    }
    return h;
  }

  /** A tester that can make every type the model's public methods take. */
  static NullPointerTester nullTester() {
    Quantity days = days("19");
    return new NullPointerTester()
        .setDefault(Quantity.class, days)
        .setDefault(Unit.class, Unit.days())
        .setDefault(Precision.class, Precision.exact())
        .setDefault(BigDecimal.class, BigDecimal.TEN)
        .setDefault(Period.class, Q3)
        .setDefault(LocalDate.class, LocalDate.of(2020, 2, 16))
        .setDefault(AsOf.class, AsOf.period(Q3))
        .setDefault(FiscalCalendar.class, WIKIMEDIA)
        .setDefault(Target.class, Target.reach(days("18")))
        .setDefault(
            Metric.class, Metric.of("code review time", Unit.days(), Direction.LOWER_IS_BETTER))
        .setDefault(Baseline.class, Baseline.of(days))
        .setDefault(StatedFigure.class, figure("-1.4%", percent("-1.4")))
        .setDefault(ChangeBasis.class, ChangeBasis.RELATIVE_TO_BASELINE)
        .setDefault(Share.class, Share.of(count("238.9", "pages"), count("959.4", "pages")))
        .setDefault(StatedStatus.class, StatedStatus.of(StatusColor.YELLOW))
        .setDefault(CheckIn.class, CheckIn.of(Q3, days))
        .setDefault(
            CompositeTarget.Part.class,
            CompositeTarget.Part.of("projects", Target.reach(count("20", "projects"))))
        .setDefault(
            List.class,
            List.of(
                CompositeTarget.Part.of("projects", Target.reach(count("20", "projects"))),
                CompositeTarget.Part.of("tasks", Target.reach(count("700", "tasks")))));
  }
}
