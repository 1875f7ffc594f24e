package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.model.Fixtures.Q2;
import static org.okr4j.core.model.Fixtures.Q3;
import static org.okr4j.core.model.Fixtures.count;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.percent;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The small form of a check-in ({@link CompactCheckIn}) against the generated one of the same
 * attributes: equal, same hash code and text, and used exactly when nothing but a period, a value
 * and a state is set.
 */
class CompactCheckInTest {
  private static final Share PAGES = Fixtures.pages();
  private static final StatedChange MINUS_1_4 = Fixtures.minus1point4();

  private static CheckIn.Builder valueAndState() {
    return CheckIn.builder().period(Q3).value(percent("24.9")).state(CheckInState.BLOCKED);
  }

  @Test
  void factoriesAndTheBuilder_keepAPeriodWithAValueOrAState_compact() {
    assertThat(CheckIn.of(Q3, days("21"))).isInstanceOf(CompactCheckIn.class);
    assertThat(CheckIn.of(Q3, CheckInState.DONE)).isInstanceOf(CompactCheckIn.class);
    assertThat(CheckIn.builder().period(Q3).value(days("21")).build())
        .isInstanceOf(CompactCheckIn.class);
    assertThat(valueAndState().build()).isInstanceOf(CompactCheckIn.class);
    assertThat(valueAndState().buildGenerated()).isNotInstanceOf(CompactCheckIn.class);
  }

  @Test
  void anyOtherAttribute_keepsTheGeneratedForm() {
    List<UnaryOperator<CheckIn.Builder>> extras =
        List.of(
            b -> b.putPartValues("tasks", count("1", "tasks")),
            b -> b.addStatedChanges(MINUS_1_4),
            b -> b.note("n"),
            b -> b.printed("24.9%"),
            b -> b.share(PAGES),
            b -> b.madeOn(LocalDate.of(2020, 2, 1)),
            b -> b.confidence(Confidence.of(Confidence.Level.HIGH)));
    for (UnaryOperator<CheckIn.Builder> extra : extras) {
      CheckIn built = extra.apply(valueAndState()).build();
      assertThat(built).isNotInstanceOf(CompactCheckIn.class);
      assertThat(CheckIn.isCompactable(built)).isFalse();
      assertThat(built).isEqualTo(extra.apply(valueAndState()).buildGenerated());
    }
    assertThat(CheckIn.isCompactable(valueAndState().buildGenerated())).isTrue();
  }

  @Test
  void compactAndGenerated_areEqual_withTheSameHashCodeAndText() {
    List<CheckIn.Builder> shapes =
        List.of(
            CheckIn.builder().period(Q3).value(days("21")),
            CheckIn.builder().period(Q3).state(CheckInState.BLOCKED),
            valueAndState());
    for (CheckIn.Builder shape : shapes) {
      CheckIn compact = shape.build();
      CheckIn generated = shape.buildGenerated();
      assertThat(compact).isEqualTo(generated);
      assertThat(generated).isEqualTo(compact);
      assertThat(compact.hashCode()).isEqualTo(generated.hashCode());
      assertThat(compact.toString()).isEqualTo(generated.toString());
      assertThat(compact.date()).isEqualTo(generated.date());
      assertThat(compact.partValues()).isEqualTo(generated.partValues()).isEmpty();
      assertThat(compact.statedChanges()).isEqualTo(generated.statedChanges()).isEmpty();
    }
  }

  @Test
  void hashCodeAndText_areThoseOfTheGeneratedClassBeforeTheSmallForm() {
    // Printed by okr-core before check-ins had a small form (generated equals, hashCode and
    // toString).
    CheckIn c = CheckIn.of(Q3, days("21"));
    // The generated class's hash: h = 5381, then h += (h << 5) + each attribute's hash in order
    // (absent is 0, the empty map 0, the empty list 1).
    assertThat(c.hashCode())
        .isEqualTo(
            Fixtures.generatedHash(Q3.hashCode(), days("21").hashCode(), 0, 0, 0, 0, 0, 1, 0, 0));
    CheckIn full =
        CheckIn.builder()
            .period(Q3)
            .value(percent("24.9"))
            .state(CheckInState.BLOCKED)
            .putPartValues("tasks", count("1", "tasks"))
            .note("n")
            .printed("p")
            .share(PAGES)
            .addStatedChanges(MINUS_1_4)
            .madeOn(LocalDate.of(2020, 2, 1))
            .confidence(Confidence.of(Confidence.Level.HIGH))
            .build();
    assertThat(full.hashCode())
        .isEqualTo(
            Fixtures.generatedHash(
                Q3.hashCode(),
                percent("24.9").hashCode(),
                CheckInState.BLOCKED.hashCode(),
                full.partValues().hashCode(),
                "n".hashCode(),
                "p".hashCode(),
                PAGES.hashCode(),
                List.of(MINUS_1_4).hashCode(),
                LocalDate.of(2020, 2, 1).hashCode(),
                Confidence.of(Confidence.Level.HIGH).hashCode()));
    assertThat(c)
        .hasToString(
            "CheckIn{period=FY2019/20 Q3 [2020-01-01, 2020-04-01), value=21 days, partValues={},"
                + " statedChanges=[]}");
    assertThat(
            CheckIn.builder()
                .period(Q3)
                .value(count("0", "tools"))
                .state(CheckInState.BLOCKED)
                .note("n")
                .printed("0 — n")
                .madeOn(LocalDate.of(2020, 1, 2))
                .build())
        .hasToString(
            "CheckIn{period=FY2019/20 Q3 [2020-01-01, 2020-04-01), value=0 tools, state=BLOCKED,"
                + " partValues={}, note=n, printed=0 — n, statedChanges=[], madeOn=2020-01-02}");
  }

  @Test
  void date_isTheEndOfThePeriod() {
    assertThat(CheckIn.of(Q3, days("21")).date()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(CheckIn.of(Q2, CheckInState.DONE).date()).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void equals_comparesEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(valueAndState().build(), valueAndState().buildGenerated())
        .addEqualityGroup(CheckIn.builder().period(Q2).value(percent("24.9")).build())
        .addEqualityGroup(CheckIn.builder().period(Q3).value(percent("24.9")).build())
        .addEqualityGroup(CheckIn.builder().period(Q3).value(percent("25.0")).build())
        .addEqualityGroup(CheckIn.of(Q3, CheckInState.BLOCKED))
        .addEqualityGroup(CheckIn.of(Q3, CheckInState.DONE))
        .addEqualityGroup(
            valueAndState().putPartValues("tasks", count("1", "tasks")).build(),
            valueAndState().putPartValues("tasks", count("1", "tasks")).build())
        .addEqualityGroup(valueAndState().note("n").build(), valueAndState().note("n").build())
        .addEqualityGroup(valueAndState().printed("p").build())
        .addEqualityGroup(valueAndState().share(PAGES).build())
        .addEqualityGroup(valueAndState().addStatedChanges(MINUS_1_4).build())
        .addEqualityGroup(valueAndState().madeOn(LocalDate.of(2020, 2, 1)).build())
        .addEqualityGroup(valueAndState().confidence(Confidence.of(Confidence.Level.HIGH)).build())
        .testEquals();
  }
}
