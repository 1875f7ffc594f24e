package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Also covers the enums a basis is made of: ChangeMeasure, ChangeReference and ChangeSense. */
class ChangeBasisTest {

  @Test
  void relativeToBaseline_isTheCommonReading() {
    ChangeBasis basis = ChangeBasis.RELATIVE_TO_BASELINE;
    assertThat(basis.measure()).isEqualTo(ChangeMeasure.RELATIVE);
    assertThat(basis.reference()).isEqualTo(ChangeReference.BASELINE);
    assertThat(basis.sense()).isEqualTo(ChangeSense.CHANGE);
    assertThat(basis.describe()).isEqualTo("relative change against the baseline");
  }

  @Test
  void describe_examples() {
    assertThat(
            ChangeBasis.of(
                    ChangeMeasure.SCALE_POINTS,
                    ChangeReference.PREVIOUS_PERIOD,
                    ChangeSense.IMPROVEMENT)
                .describe())
        .isEqualTo("scale-point improvement against the previous period");
    assertThat(
            ChangeBasis.of(
                    ChangeMeasure.PERCENTAGE_POINTS, ChangeReference.BASELINE, ChangeSense.CHANGE)
                .describe())
        .isEqualTo("percentage-point change against the baseline");
  }

  @Test
  void describe_isDistinctForEveryCombination() {
    Set<String> descriptions = new HashSet<>();
    int combinations = 0;
    for (ChangeMeasure m : ChangeMeasure.values()) {
      for (ChangeReference r : ChangeReference.values()) {
        for (ChangeSense s : ChangeSense.values()) {
          ChangeBasis basis = ChangeBasis.of(m, r, s);
          assertThat(basis.measure()).isEqualTo(m);
          assertThat(basis.reference()).isEqualTo(r);
          assertThat(basis.sense()).isEqualTo(s);
          descriptions.add(basis.describe());
          combinations++;
        }
      }
    }
    assertThat(combinations).isEqualTo(12);
    assertThat(descriptions).hasSize(12);
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            ChangeBasis.RELATIVE_TO_BASELINE,
            ChangeBasis.of(ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.CHANGE))
        .addEqualityGroup(
            ChangeBasis.of(
                ChangeMeasure.RELATIVE, ChangeReference.BASELINE, ChangeSense.IMPROVEMENT))
        .addEqualityGroup(
            ChangeBasis.of(
                ChangeMeasure.RELATIVE, ChangeReference.PREVIOUS_PERIOD, ChangeSense.CHANGE))
        .addEqualityGroup(
            ChangeBasis.of(
                ChangeMeasure.PERCENTAGE_POINTS, ChangeReference.BASELINE, ChangeSense.CHANGE))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(ChangeBasis.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(ChangeBasis.RELATIVE_TO_BASELINE);
    Fixtures.nullTester().testAllPublicStaticMethods(ChangeMeasure.class);
    Fixtures.nullTester().testAllPublicStaticMethods(ChangeReference.class);
    Fixtures.nullTester().testAllPublicStaticMethods(ChangeSense.class);
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(ChangeBasis.class);
    assertImmutableInstance(ChangeBasis.RELATIVE_TO_BASELINE);
  }
}
