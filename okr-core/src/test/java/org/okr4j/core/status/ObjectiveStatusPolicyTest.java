package org.okr4j.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectiveStatusPolicyTest {
  @Test
  void values_weakestMeanWeighted() {
    assertThat(ObjectiveStatusPolicy.values())
        .containsExactly(
            ObjectiveStatusPolicy.WEAKEST,
            ObjectiveStatusPolicy.MEAN,
            ObjectiveStatusPolicy.WEIGHTED);
    assertThat(ObjectiveStatusPolicy.valueOf("WEIGHTED")).isEqualTo(ObjectiveStatusPolicy.WEIGHTED);
  }
}
