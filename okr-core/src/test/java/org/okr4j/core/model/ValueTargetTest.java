package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.model.Fixtures.maintainers;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ValueTargetTest {

  @Test
  void of_keepsTheValueToReach() {
    ValueTarget t = ValueTarget.of(maintainers(1974));
    assertThat(t.value()).isEqualTo(maintainers(1974));
    assertThat(t.kind()).isEqualTo(Target.Kind.VALUE);
    assertThat(t.printed()).isEmpty();
    assertThat(Target.reach(maintainers(1974))).isEqualTo(t);
  }

  @Test
  void printedAs_keepsTheTextAndTheValue() {
    ValueTarget t = ValueTarget.of(maintainers(1974)).printedAs("1974");
    assertThat(t.printed()).contains("1974");
    assertThat(t.value()).isEqualTo(maintainers(1974));
    assertThat(t.printedAs("1,974").printed()).contains("1,974");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(ValueTarget.of(maintainers(1974)), Target.reach(maintainers(1974)))
        .addEqualityGroup(ValueTarget.of(maintainers(1975)))
        .addEqualityGroup(ValueTarget.of(maintainers(1974)).printedAs("1974"))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(ValueTarget.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(ValueTarget.of(maintainers(1974)));
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(ValueTarget.class);
    assertImmutableInstance(ValueTarget.of(maintainers(1974)).printedAs("1974"));
  }
}
