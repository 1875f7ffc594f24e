package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.Q3;
import static org.okr4j.core.model.Fixtures.WIKIMEDIA;
import static org.okr4j.core.testing.ValueClassAssertions.assertClosedBuilder;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;
import static org.okr4j.core.testing.ValueClassAssertions.assertUnmodifiable;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

class ReportTest {
  private static KeyResult kr(String id) {
    return KeyResult.builder().id(id).statement("Key result " + id).target(Target.done()).build();
  }

  private static final KeyResult KR_A = kr("kr-a");
  private static final KeyResult KR_B = kr("kr-b");
  private static final KeyResult KR_C = kr("kr-c");
  private static final KeyResult KR_D = kr("kr-d");

  /** o1 (kr-a) with children o1.1 (kr-b, kr-c) and o1.2; then o2 (kr-d). */
  private static final Objective CHILD_1 =
      Objective.builder().id("o1.1").title("Child one").addKeyResults(KR_B, KR_C).build();

  private static final Objective CHILD_2 =
      Objective.builder().id("o1.2").title("Child two").build();
  private static final Objective O1 =
      Objective.builder()
          .id("o1")
          .title("Content Integrity")
          .addKeyResults(KR_A)
          .addChildren(CHILD_1, CHILD_2)
          .build();
  private static final Objective O2 =
      Objective.builder().id("o2").title("Developer productivity").addKeyResults(KR_D).build();

  private static Report.Builder deck() {
    return Report.builder()
        .title("Technology department Q3 FY2019/20")
        .organization("Wikimedia Foundation")
        .calendar(WIKIMEDIA)
        .period(Q3);
  }

  @Test
  void builder_keepsEverything() {
    Report report = deck().addObjectives(O1, O2).build();
    assertThat(report.title()).isEqualTo("Technology department Q3 FY2019/20");
    assertThat(report.organization()).contains("Wikimedia Foundation");
    assertThat(report.calendar()).isEqualTo(WIKIMEDIA);
    assertThat(report.period()).isEqualTo(Q3);
    assertThat(report.objectives()).containsExactly(O1, O2);
  }

  @Test
  void allObjectives_depthFirstEachBeforeItsChildren() {
    Report report = deck().addObjectives(O1, O2).build();
    assertThat(report.allObjectives()).containsExactly(O1, CHILD_1, CHILD_2, O2);
  }

  @Test
  void allKeyResults_inTheOrderOfAllObjectives() {
    Report report = deck().addObjectives(O1, O2).build();
    assertThat(report.allKeyResults()).containsExactly(KR_A, KR_B, KR_C, KR_D);
  }

  @Test
  void lookupsById_includeNestedObjectives() {
    Report report = deck().addObjectives(O1, O2).build();
    assertThat(report.keyResult("kr-c")).contains(KR_C);
    assertThat(report.keyResult("kr-x")).isEmpty();
    assertThat(report.objective("o1.2")).contains(CHILD_2);
    assertThat(report.objective("kr-a")).isEmpty();
  }

  @Test
  void period_ofAnotherFiscalCalendar_isRefused() {
    org.okr4j.core.time.Period calendarQ3 =
        org.okr4j.core.time.FiscalCalendar.calendarYears().quarter(2020, 3);
    assertThatThrownBy(() -> deck().period(calendarQ3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "report period FY2020 Q3 is of a fiscal year starting in JANUARY, but the report's"
                + " calendar is a fiscal year starting in JULY");
    org.okr4j.core.time.Period month =
        org.okr4j.core.time.Period.of(java.time.YearMonth.of(2020, 3));
    assertThat(deck().period(month).build().period()).isEqualTo(month);
  }

  @Test
  void ids_areUniqueAcrossTheWholeReport() {
    Objective duplicateObjective = Objective.builder().id("o1.1").title("Again").build();
    assertThatThrownBy(() -> deck().addObjectives(O1, duplicateObjective).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id \"o1.1\" is used twice in the report");
    Objective duplicateKeyResult =
        Objective.builder().id("o3").title("Again").addKeyResults(kr("kr-b")).build();
    assertThatThrownBy(() -> deck().addObjectives(O1, duplicateKeyResult).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id \"kr-b\" is used twice in the report");
    Objective keyResultNamedLikeObjective =
        Objective.builder().id("o3").title("Again").addKeyResults(kr("o2")).build();
    assertThatThrownBy(() -> deck().addObjectives(O2, keyResultNamedLikeObjective).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id \"o2\" is used twice in the report");
  }

  @Test
  void title_mustNotBeBlank() {
    assertThatThrownBy(() -> deck().title("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report title (\"\") must not be blank");
  }

  @Test
  void builder_missingCalendarAndPeriod_isRefused() {
    assertThatThrownBy(() -> Report.builder().title("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("calendar")
        .hasMessageContaining("period");
  }

  @Test
  void returnedLists_areUnmodifiable() {
    Report report = deck().addObjectives(O1, O2).build();
    assertUnmodifiable(report.objectives(), O1);
    assertUnmodifiable(report.allObjectives(), O1);
    assertUnmodifiable(report.allKeyResults(), KR_A);
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            deck().addObjectives(O1, O2).build(), deck().addObjectives(O1, O2).build())
        .addEqualityGroup(deck().addObjectives(O2, O1).build())
        .addEqualityGroup(deck().build())
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Report report = deck().addObjectives(O1, O2).build();
    Fixtures.nullTester().testAllPublicStaticMethods(Report.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(report);
    Fixtures.nullTester()
        .setDefault(Objective.class, O1)
        .testAllPublicInstanceMethods(Report.builder());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Report.class);
    assertClosedBuilder(Report.Builder.class);
    assertImmutableInstance(deck().addObjectives(O1).build());
  }

  @Test
  void ids_ofManyKeyResultsInOneObjective_areAllChecked() {
    java.util.function.BiFunction<String, String, Objective> withFourKeyResults =
        (id, lastKeyResult) ->
            Objective.builder()
                .id(id)
                .title("Many")
                .addKeyResults(kr("kr-x"), kr("kr-y"), kr("kr-z"), kr(lastKeyResult))
                .build();
    Objective many = withFourKeyResults.apply("o3", "o3-kr");
    assertThat(deck().addObjectives(many).build().allKeyResults()).hasSize(4);
    Objective repeatsTheObjective = withFourKeyResults.apply("o4", "o4");
    assertThatThrownBy(() -> deck().addObjectives(repeatsTheObjective).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id \"o4\" is used twice in the report");
  }

  @Test
  void derivedFigureIds_areUniqueAcrossTheWholeReport() {
    StatedFigure s = StatedFigure.of("5%", Quantity.of(BigDecimal.valueOf(5), Unit.percent()));
    Derivation share = Derivation.share(FigureRef.baseline("kr-a"), FigureRef.baseline("kr-d"));
    java.util.function.Function<String, Objective> withD =
        id ->
            Objective.builder()
                .id(id)
                .title(id)
                .addDerivedFigures(DerivedFigure.of("d", s, share))
                .build();
    Objective first = withD.apply("o1");
    Objective second = withD.apply("o2");
    assertThatThrownBy(() -> deck().addObjectives(first, second).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("derived figure id \"d\" is used twice in the report");
  }
}
