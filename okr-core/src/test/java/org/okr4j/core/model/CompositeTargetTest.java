package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.count;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;
import static org.okr4j.core.testing.ValueClassAssertions.assertUnmodifiable;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.UnitMismatchException;

class CompositeTargetTest {
  /** "20 projects completed, 700 tasks completed, 14 projects promoted". */
  private static final CompositeTarget.Part PROJECTS =
      CompositeTarget.Part.of("projects completed", Target.reach(count("20", "projects")));

  private static final CompositeTarget.Part TASKS =
      CompositeTarget.Part.of("tasks completed", Target.reach(count("700", "tasks")));
  private static final CompositeTarget.Part PROMOTED =
      CompositeTarget.Part.of(
          "projects promoted", Target.reach(count("14", "projects")), count("2", "projects"));

  @Test
  void allOf_combinesByTheWeakestPart() {
    CompositeTarget t = Target.allOf(List.of(PROJECTS, TASKS, PROMOTED));
    assertThat(t.parts()).containsExactly(PROJECTS, TASKS, PROMOTED);
    assertThat(t.combination()).isEqualTo(CompositeTarget.Combination.WEAKEST);
    assertThat(t.kind()).isEqualTo(Target.Kind.COMPOSITE);
    assertUnmodifiable(t.parts(), PROJECTS);
  }

  @Test
  void of_withMeanCombination() {
    CompositeTarget t =
        CompositeTarget.of(List.of(PROJECTS, TASKS), CompositeTarget.Combination.MEAN);
    assertThat(t.combination()).isEqualTo(CompositeTarget.Combination.MEAN);
  }

  @Test
  void part_byName() {
    CompositeTarget t = Target.allOf(List.of(PROJECTS, TASKS, PROMOTED));
    assertThat(t.part("tasks completed")).contains(TASKS);
    assertThat(t.part("tasks")).isEmpty();
    assertThat(PROMOTED.baseline()).contains(count("2", "projects"));
    assertThat(PROJECTS.baseline()).isEmpty();
    assertThat(PROJECTS.name()).isEqualTo("projects completed");
    assertThat(PROJECTS.target()).isEqualTo(Target.reach(count("20", "projects")));
  }

  @Test
  void parts_atLeastTwo() {
    assertThatThrownBy(() -> Target.allOf(List.of(PROJECTS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a composite target needs at least 2 parts, not 1");
    assertThatThrownBy(() -> Target.allOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a composite target needs at least 2 parts, not 0");
  }

  @Test
  void parts_haveDistinctNames() {
    CompositeTarget.Part again =
        CompositeTarget.Part.of("tasks completed", Target.reach(count("10", "tasks")));
    assertThatThrownBy(() -> Target.allOf(List.of(PROJECTS, TASKS, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("composite part name (\"tasks completed\") is used twice");
  }

  @Test
  void part_nameMustNotBeBlank() {
    assertThatThrownBy(() -> CompositeTarget.Part.of(" ", Target.reach(count("1", "tasks"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("composite part name (\" \") must not be blank");
  }

  @Test
  void part_targetMustBeMeasurable() {
    assertThatThrownBy(() -> CompositeTarget.Part.of("launch", Target.done()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "composite part \"launch\" must have a value, threshold, band or milestone target, not"
                + " BINARY");
    assertThatThrownBy(
            () -> CompositeTarget.Part.of("nested", Target.allOf(List.of(PROJECTS, TASKS))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("not COMPOSITE");
    assertThat(CompositeTarget.Part.of("plan", Target.complete()).target().kind())
        .isEqualTo(Target.Kind.MILESTONE);
    assertThat(
            CompositeTarget.Part.of("latency", Target.staysBelow(days("3"), Boundary.INCLUSIVE))
                .target()
                .kind())
        .isEqualTo(Target.Kind.THRESHOLD);
    assertThat(
            CompositeTarget.Part.of("share", Target.between(percent("40"), percent("60")))
                .target()
                .kind())
        .isEqualTo(Target.Kind.BAND);
  }

  @Test
  void part_baselineMustHaveTheTargetsUnit() {
    assertThatThrownBy(
            () ->
                CompositeTarget.Part.of(
                    "projects completed", Target.reach(count("20", "projects")), days("2")))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: count of projects/days");
    assertThatThrownBy(() -> CompositeTarget.Part.of("plan", Target.complete(), days("2")))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: percent/days");
    assertThat(CompositeTarget.Part.of("plan", Target.complete(), percent("10")).baseline())
        .contains(percent("10"));
  }

  @Test
  void printedAs_keepsTheText() {
    CompositeTarget t = Target.allOf(List.of(PROJECTS, TASKS)).printedAs("20 projects, 700 tasks");
    assertThat(t.printed()).contains("20 projects, 700 tasks");
    assertThat(t.parts()).containsExactly(PROJECTS, TASKS);
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            Target.allOf(List.of(PROJECTS, TASKS)),
            CompositeTarget.of(List.of(PROJECTS, TASKS), CompositeTarget.Combination.WEAKEST))
        .addEqualityGroup(Target.allOf(List.of(TASKS, PROJECTS)))
        .addEqualityGroup(
            CompositeTarget.of(List.of(PROJECTS, TASKS), CompositeTarget.Combination.MEAN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            PROMOTED,
            CompositeTarget.Part.of(
                "projects promoted", Target.reach(count("14", "projects")), count("2", "projects")))
        .addEqualityGroup(
            CompositeTarget.Part.of("projects promoted", Target.reach(count("14", "projects"))))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(CompositeTarget.class);
    Fixtures.nullTester().testAllPublicStaticMethods(CompositeTarget.Combination.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(Target.allOf(List.of(PROJECTS, TASKS)));
    Fixtures.nullTester()
        .setDefault(org.okr4j.core.quantity.Quantity.class, count("1", "projects"))
        .testAllPublicStaticMethods(CompositeTarget.Part.class);
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(CompositeTarget.class);
    assertImmutableValueClass(CompositeTarget.Part.class);
    assertImmutableInstance(Target.allOf(List.of(PROJECTS, TASKS)));
    assertImmutableInstance(PROMOTED);
  }
}
