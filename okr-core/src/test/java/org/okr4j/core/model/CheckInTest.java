package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.Q3;
import static org.okr4j.core.model.Fixtures.count;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.testing.ValueClassAssertions.assertClosedBuilder;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;
import static org.okr4j.core.testing.ValueClassAssertions.assertUnmodifiable;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

class CheckInTest {
  private static final Share PAGES =
      Share.of(
          Quantity.parse("238.9M", Unit.count("pages")),
          Quantity.parse("959.4M", Unit.count("pages")));
  private static final StatedChange MINUS_1_4 =
      StatedChange.of(
          StatedFigure.of("-1.4%", percent("-1.4")),
          ChangeBasis.of(
              ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.IMPROVEMENT));

  @Test
  void of_value() {
    CheckIn c = CheckIn.of(Q3, days("21"));
    assertThat(c.period()).isEqualTo(Q3);
    assertThat(c.value()).contains(days("21"));
    assertThat(c.state()).isEmpty();
    assertThat(c.partValues()).isEmpty();
    assertThat(c.note()).isEmpty();
    assertThat(c.printed()).isEmpty();
    assertThat(c.share()).isEmpty();
    assertThat(c.statedChanges()).isEmpty();
  }

  @Test
  void date_isTheDayAfterThePeriodUnlessMadeOnIsStated() {
    CheckIn undated = CheckIn.of(Q3, days("21"));
    assertThat(undated.madeOn()).isEmpty();
    assertThat(undated.date()).isEqualTo(java.time.LocalDate.of(2020, 4, 1));
    CheckIn dated =
        CheckIn.builder()
            .period(Q3)
            .value(days("21"))
            .madeOn(java.time.LocalDate.of(2020, 4, 6))
            .build();
    assertThat(dated.madeOn()).contains(java.time.LocalDate.of(2020, 4, 6));
    assertThat(dated.date()).isEqualTo(java.time.LocalDate.of(2020, 4, 6));
  }

  @Test
  void madeOn_notBeforeThePeriodStarts() {
    // Q3 FY2019/20 starts 2020-01-01: that day is accepted, the day before refused.
    assertThat(
            CheckIn.builder()
                .period(Q3)
                .value(days("21"))
                .madeOn(java.time.LocalDate.of(2020, 1, 1))
                .build()
                .date())
        .isEqualTo(java.time.LocalDate.of(2020, 1, 1));
    assertThatThrownBy(
            () ->
                CheckIn.builder()
                    .period(Q3)
                    .value(days("21"))
                    .madeOn(java.time.LocalDate.of(2019, 12, 31))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "check-in for FY2019/20 Q3 madeOn (2019-12-31) must not be before the period starts"
                + " (2020-01-01)");
  }

  @Test
  void of_state() {
    CheckIn c = CheckIn.of(Q3, CheckInState.BLOCKED);
    assertThat(c.state()).contains(CheckInState.BLOCKED);
    assertThat(c.value()).isEmpty();
  }

  @Test
  void builder_valueAndState_withNoteAndPrintedText() {
    CheckIn c =
        CheckIn.builder()
            .period(Q3)
            .value(count("0", "tools"))
            .state(CheckInState.BLOCKED)
            .note("Blocked on deployment of the MVP")
            .printed("0 — Blocked on deployment of the MVP")
            .build();
    assertThat(c.value()).contains(count("0", "tools"));
    assertThat(c.state()).contains(CheckInState.BLOCKED);
    assertThat(c.note()).contains("Blocked on deployment of the MVP");
    assertThat(c.printed()).contains("0 — Blocked on deployment of the MVP");
  }

  @Test
  void partValues_only() {
    CheckIn c =
        CheckIn.builder()
            .period(Q3)
            .putPartValues("projects completed", count("12", "projects"))
            .putPartValues("tasks completed", count("410", "tasks"))
            .build();
    assertThat(c.partValues())
        .containsEntry("projects completed", count("12", "projects"))
        .hasSize(2);
    assertUnmodifiable(c.partValues(), "x", count("1", "tasks"));
  }

  @Test
  void nothingReported_isRefused() {
    assertThatThrownBy(() -> CheckIn.builder().period(Q3).note("n/a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check-in for FY2019/20 Q3 needs a value, a state or part values");
  }

  @Test
  void share_needsAValueInPercentOrRatio() {
    CheckIn ok = CheckIn.builder().period(Q3).value(percent("24.9")).share(PAGES).build();
    assertThat(ok.share()).contains(PAGES);
    assertThatThrownBy(() -> CheckIn.builder().period(Q3).value(days("3")).share(PAGES).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check-in for FY2019/20 Q3 with a share needs a value in percent or ratio");
    assertThatThrownBy(
            () -> CheckIn.builder().period(Q3).state(CheckInState.ON_TRACK).share(PAGES).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check-in for FY2019/20 Q3 with a share needs a value in percent or ratio");
  }

  @Test
  void statedChanges_needAValue() {
    CheckIn c =
        CheckIn.builder()
            .period(Q3)
            .value(count("1151", "code reviews"))
            .addStatedChanges(MINUS_1_4)
            .build();
    assertThat(c.statedChanges()).containsExactly(MINUS_1_4);
    assertUnmodifiable(c.statedChanges(), MINUS_1_4);
    assertThatThrownBy(
            () ->
                CheckIn.builder()
                    .period(Q3)
                    .state(CheckInState.ON_TRACK)
                    .addStatedChanges(MINUS_1_4)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check-in for FY2019/20 Q3 with a stated change needs a value");
  }

  @Test
  void builder_withoutPeriod_isRefused() {
    assertThatThrownBy(() -> CheckIn.builder().value(days("3")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("period");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            CheckIn.of(Q3, days("21")), CheckIn.builder().period(Q3).value(days("21")).build())
        .addEqualityGroup(CheckIn.of(Q3, days("21.0")))
        .addEqualityGroup(CheckIn.of(Fixtures.Q2, days("21")))
        .addEqualityGroup(CheckIn.of(Q3, CheckInState.DONE))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(CheckIn.class);
    Fixtures.nullTester().testAllPublicStaticMethods(CheckInState.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(CheckIn.builder());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(CheckIn.class);
    assertClosedBuilder(CheckIn.Builder.class);
    assertImmutableInstance(CheckIn.of(Q3, days("21")));
  }
}
