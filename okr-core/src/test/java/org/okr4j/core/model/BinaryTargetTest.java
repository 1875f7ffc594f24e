package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class BinaryTargetTest {

  @Test
  void of_isDone() {
    BinaryTarget t = BinaryTarget.of();
    assertThat(t.kind()).isEqualTo(Target.Kind.BINARY);
    assertThat(t.printed()).isEmpty();
    assertThat(Target.done()).isEqualTo(t);
  }

  @Test
  void printedAs_keepsTheText() {
    assertThat(Target.done().printedAs("Done").printed()).contains("Done");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(BinaryTarget.of(), Target.done())
        .addEqualityGroup(Target.done().printedAs("Launch"))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicInstanceMethods(Target.done());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(BinaryTarget.class);
    assertImmutableInstance(Target.done().printedAs("Launch"));
  }
}
