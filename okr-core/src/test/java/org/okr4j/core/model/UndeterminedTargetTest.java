package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class UndeterminedTargetTest {

  @Test
  void of_isNotSetYet() {
    UndeterminedTarget t = UndeterminedTarget.of();
    assertThat(t.kind()).isEqualTo(Target.Kind.UNDETERMINED);
    assertThat(Target.toBeDetermined()).isEqualTo(t);
    assertThat(t.printedAs("X% (TBD)").printed()).contains("X% (TBD)");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(UndeterminedTarget.of(), Target.toBeDetermined())
        .addEqualityGroup(Target.toBeDetermined().printedAs("TBD"))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicInstanceMethods(Target.toBeDetermined());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(UndeterminedTarget.class);
    assertImmutableInstance(Target.toBeDetermined());
  }
}
