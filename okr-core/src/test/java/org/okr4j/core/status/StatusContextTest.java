package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertHashesSpread;
import static org.okr4j.core.testing.WikimediaDeck.END_OF_Q3;
import static org.okr4j.core.testing.WikimediaDeck.FY20;
import static org.okr4j.core.testing.WikimediaDeck.Q2;
import static org.okr4j.core.testing.WikimediaDeck.Q3;

import com.google.common.testing.EqualsTester;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.okr4j.core.calc.PaceCurve;
import org.okr4j.core.calc.PacePoint;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.quantity.Rational;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class StatusContextTest {
  private static final StatusContext Q3_DECK = StatusContext.of(FY20, END_OF_Q3);
  private static final PaceCurve HALF_BY_Q2 =
      PaceCurve.stepwise(
          List.of(
              PacePoint.of(Rational.of(1, 2), Rational.of(1, 2)),
              PacePoint.of(Rational.ONE, Rational.ONE)));

  @Test
  void of_linearPace() {
    assertThat(Q3_DECK.goalPeriod()).isEqualTo(FY20);
    assertThat(Q3_DECK.asOf()).isEqualTo(END_OF_Q3);
    assertThat(Q3_DECK.pace()).isSameAs(PaceCurve.linear());
  }

  @Test
  void of_clock_judgedTodayOfClock() {
    Clock clock = Clock.fixed(Instant.parse("2020-04-01T23:00:00Z"), ZoneOffset.UTC);
    assertThat(StatusContext.of(FY20, clock)).isEqualTo(Q3_DECK);
  }

  @Test
  void withPace_copy() {
    StatusContext stepwise = Q3_DECK.withPace(HALF_BY_Q2);
    assertThat(stepwise.pace()).isSameAs(HALF_BY_Q2);
    assertThat(stepwise.asOf()).isEqualTo(END_OF_Q3);
    assertThat(Q3_DECK.pace()).isSameAs(PaceCurve.linear());
  }

  @Test
  void checkInOf_endOfQ3_judgesQ3() {
    KeyResult k = WikimediaDeck.outstandingCodeReviews();
    assertThat(Q3_DECK.checkInOf(k)).isEqualTo(k.checkInFor(Q3));
  }

  @Test
  void checkInOf_firstDayOfQ3_stillQ2() {
    KeyResult k = WikimediaDeck.outstandingCodeReviews();
    StatusContext firstDay = StatusContext.of(FY20, Q3.start());
    assertThat(firstDay.checkInOf(k)).isEqualTo(k.checkInFor(Q2));
    StatusContext secondDay = StatusContext.of(FY20, Q3.start().plusDays(1));
    assertThat(secondDay.checkInOf(k).map(CheckIn::period)).contains(Q3);
  }

  @Test
  void checkInOf_beforeAnyCheckIn_empty() {
    StatusContext early = StatusContext.of(FY20, LocalDate.of(2019, 7, 1));
    assertThat(early.checkInOf(WikimediaDeck.outstandingCodeReviews())).isEmpty();
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Q3_DECK, StatusContext.of(FY20, LocalDate.of(2020, 4, 1)))
        .addEqualityGroup(StatusContext.of(FY20, LocalDate.of(2020, 4, 2)))
        .addEqualityGroup(StatusContext.of(WikimediaDeck.Q3, END_OF_Q3))
        .addEqualityGroup(Q3_DECK.withPace(HALF_BY_Q2))
        .testEquals();
  }

  @Test
  void toString_periodDateAndPace() {
    assertThat(Q3_DECK).hasToString("FY2019/20 as of 2020-04-01, linear pace");
    assertThat(Q3_DECK.withPace(HALF_BY_Q2))
        .hasToString("FY2019/20 as of 2020-04-01, stepwise pace");
  }

  @Test
  void expectedProgress_asksTheCurveOnce_andIsNotKeptWhenTheCurveFails() {
    AtomicInteger calls = new AtomicInteger();
    PaceCurve counting =
        elapsed -> {
          calls.incrementAndGet();
          return elapsed;
        };
    StatusContext c = Q3_DECK.withPace(counting);
    Rational first = c.expectedProgress();
    assertThat(c.expectedProgress()).isSameAs(first);
    assertThat(calls).hasValue(1);
    // FY2019/20 runs 1 July 2019 – 30 June 2020, 366 days; by 1 April 2020, 275 have elapsed.
    assertThat(first).isEqualTo(Rational.of(275, 366));

    StatusContext failing = Q3_DECK.withPace(elapsed -> Rational.of(2));
    assertThatThrownBy(failing::expectedProgress).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(failing::expectedProgress).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester().testAllPublicStaticMethods(StatusContext.class);
    CalcTesting.nullPointerTester().testAllPublicInstanceMethods(Q3_DECK);
  }

  @Test
  void immutable() {
    CalcTesting.assertImmutableClass(StatusContext.class);
  }

  @Test
  void hashCode_spreadsUnequalContexts() {
    assertHashesSpread(
        Q3_DECK,
        StatusContext.of(FY20, LocalDate.of(2020, 4, 2)),
        StatusContext.of(WikimediaDeck.Q3, END_OF_Q3),
        Q3_DECK.withPace(HALF_BY_Q2));
  }

  @Test
  void forKeyResult_takesTheKeyResultsOwnGoalPeriod_elseKeepsThisContext() {
    KeyResult none =
        KeyResult.builder()
            .from(WikimediaDeck.toolMaintainers())
            .goalPeriod(java.util.Optional.empty())
            .build();
    assertThat(Q3_DECK.forKeyResult(none)).isSameAs(Q3_DECK);
    KeyResult year = KeyResult.builder().from(none).goalPeriod(FY20).build();
    assertThat(Q3_DECK.forKeyResult(year)).isSameAs(Q3_DECK);
    KeyResult quarter = KeyResult.builder().from(none).goalPeriod(Q3).build();
    StatusContext own = Q3_DECK.forKeyResult(quarter);
    assertThat(own.goalPeriod()).isEqualTo(Q3);
    assertThat(own.asOf()).isEqualTo(END_OF_Q3);
    assertThat(own.pace()).isEqualTo(Q3_DECK.pace());
  }
}
