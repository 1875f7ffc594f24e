package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class QualitativeTargetTest {
  private static final String DESCRIPTION = "Address new reports within 1 month";

  @Test
  void of_keepsTheDescription() {
    QualitativeTarget t = QualitativeTarget.of(DESCRIPTION);
    assertThat(t.description()).isEqualTo(DESCRIPTION);
    assertThat(t.kind()).isEqualTo(Target.Kind.QUALITATIVE);
    assertThat(Target.qualitative(DESCRIPTION)).isEqualTo(t);
    assertThat(t.printedAs("within 1 month").printed()).contains("within 1 month");
  }

  @Test
  void description_mustNotBeBlank() {
    assertThatThrownBy(() -> Target.qualitative(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("qualitative target description (\" \") must not be blank");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(QualitativeTarget.of(DESCRIPTION), Target.qualitative(DESCRIPTION))
        .addEqualityGroup(Target.qualitative("Something else"))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(QualitativeTarget.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(Target.qualitative(DESCRIPTION));
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(QualitativeTarget.class);
    assertImmutableInstance(Target.qualitative(DESCRIPTION));
  }
}
