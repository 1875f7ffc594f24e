package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.model.Fixtures.count;
import static org.okr4j.core.model.Fixtures.d;
import static org.okr4j.core.model.Fixtures.days;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

/** The Target hierarchy as a whole, and TargetVisitor dispatch. */
class TargetTest {

  /** One target of every kind, built through Target's factories. */
  static List<Target> oneOfEachKind() {
    return List.of(
        Target.reach(count("8", "tools")),
        Target.relativeChange(d("-10")),
        Target.staysBelow(Quantity.of(d("13.2"), Unit.minutes()), Boundary.EXCLUSIVE),
        Target.between(percent("40"), percent("60")),
        Target.done(),
        Target.complete(),
        Target.zones(days("18"), days("17"), days("15")),
        Target.allOf(
            List.of(
                CompositeTarget.Part.of("projects", Target.reach(count("20", "projects"))),
                CompositeTarget.Part.of("tasks", Target.reach(count("700", "tasks"))))),
        Target.toBeDetermined(),
        Target.qualitative("Address new reports within 1 month"));
  }

  /** Names the kind it visits, so that dispatch can be checked against kind(). */
  private static final class KindNamer implements TargetVisitor<Target.Kind> {
    @Override
    public Target.Kind visitValue(ValueTarget target) {
      return Target.Kind.VALUE;
    }

    @Override
    public Target.Kind visitChange(ChangeTarget target) {
      return Target.Kind.CHANGE;
    }

    @Override
    public Target.Kind visitThreshold(ThresholdTarget target) {
      return Target.Kind.THRESHOLD;
    }

    @Override
    public Target.Kind visitBand(BandTarget target) {
      return Target.Kind.BAND;
    }

    @Override
    public Target.Kind visitBinary(BinaryTarget target) {
      return Target.Kind.BINARY;
    }

    @Override
    public Target.Kind visitMilestone(MilestoneTarget target) {
      return Target.Kind.MILESTONE;
    }

    @Override
    public Target.Kind visitZoned(ZonedTarget target) {
      return Target.Kind.ZONED;
    }

    @Override
    public Target.Kind visitComposite(CompositeTarget target) {
      return Target.Kind.COMPOSITE;
    }

    @Override
    public Target.Kind visitUndetermined(UndeterminedTarget target) {
      return Target.Kind.UNDETERMINED;
    }

    @Override
    public Target.Kind visitQualitative(QualitativeTarget target) {
      return Target.Kind.QUALITATIVE;
    }
  }

  @Test
  void factories_coverEveryKindOnce() {
    Set<Target.Kind> kinds = EnumSet.noneOf(Target.Kind.class);
    for (Target t : oneOfEachKind()) {
      assertThat(kinds.add(t.kind())).as("%s twice", t.kind()).isTrue();
    }
    assertThat(kinds).containsExactlyInAnyOrder(Target.Kind.values());
  }

  @Test
  void accept_callsTheVisitorMethodOfTheKind() {
    for (Target t : oneOfEachKind()) {
      assertThat(t.accept(new KindNamer())).isEqualTo(t.kind());
    }
  }

  @Test
  void accept_passesTheTargetItself() {
    for (Target t : oneOfEachKind()) {
      Object visited =
          t.accept(
              new TargetVisitor<Object>() {
                @Override
                public Object visitValue(ValueTarget target) {
                  return target;
                }

                @Override
                public Object visitChange(ChangeTarget target) {
                  return target;
                }

                @Override
                public Object visitThreshold(ThresholdTarget target) {
                  return target;
                }

                @Override
                public Object visitBand(BandTarget target) {
                  return target;
                }

                @Override
                public Object visitBinary(BinaryTarget target) {
                  return target;
                }

                @Override
                public Object visitMilestone(MilestoneTarget target) {
                  return target;
                }

                @Override
                public Object visitZoned(ZonedTarget target) {
                  return target;
                }

                @Override
                public Object visitComposite(CompositeTarget target) {
                  return target;
                }

                @Override
                public Object visitUndetermined(UndeterminedTarget target) {
                  return target;
                }

                @Override
                public Object visitQualitative(QualitativeTarget target) {
                  return target;
                }
              });
      assertThat(visited).isSameAs(t);
    }
  }

  @Test
  void printedAs_keepsKindAndEverythingElse() {
    for (Target t : oneOfEachKind()) {
      assertThat(t.printed()).isEmpty();
      Target printed = t.printedAs("as printed");
      assertThat(printed.printed()).contains("as printed");
      assertThat(printed.kind()).isEqualTo(t.kind());
      assertThat(printed.getClass()).isEqualTo(t.getClass());
      assertThat(printed).isNotEqualTo(t);
      assertThat(printed.printedAs("other").printedAs("as printed")).isEqualTo(printed);
    }
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(Target.class);
    Fixtures.nullTester().testAllPublicStaticMethods(Target.Kind.class);
    for (Target t : oneOfEachKind()) {
      Fixtures.nullTester().testAllPublicInstanceMethods(t);
    }
  }

  @Test
  void isAnAbstractClassClosedToOtherPackages() {
    assertImmutableValueClass(Target.class);
  }
}
