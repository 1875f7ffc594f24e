package org.okr4j.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okr4j.core.testing.WikimediaDeck.END_OF_Q3;
import static org.okr4j.core.testing.WikimediaDeck.FY20;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Confidence;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.testing.CalcTesting;
import org.okr4j.core.testing.WikimediaDeck;

class ConfidenceDivergenceTest {
  private static final Confidence HIGH = Confidence.outOfTen(BigDecimal.valueOf(9));
  private static final Confidence MEDIUM = Confidence.of(Confidence.Level.MEDIUM);
  private static final Confidence LOW = Confidence.ofFraction(new BigDecimal("0.2"));

  private static Projection project(KeyResult k) {
    return Projection.of(k, FY20, END_OF_Q3, ProjectionMethod.LEAST_SQUARES).value();
  }

  @Test
  void offCourse() {
    // Cycle time projected to 17.7 days against 10.44: off course.
    Projection off = project(WikimediaDeck.cycleTime());
    assertThat(ConfidenceDivergence.between(HIGH, off))
        .isEqualTo(ConfidenceDivergence.OVERCONFIDENT);
    assertThat(ConfidenceDivergence.between(MEDIUM, off))
        .isEqualTo(ConfidenceDivergence.CONSISTENT);
    assertThat(ConfidenceDivergence.between(LOW, off)).isEqualTo(ConfidenceDivergence.CONSISTENT);
  }

  @Test
  void onCourse() {
    Projection on = project(WikimediaDeck.codeReviewTime());
    assertThat(ConfidenceDivergence.between(LOW, on))
        .isEqualTo(ConfidenceDivergence.UNDERCONFIDENT);
    assertThat(ConfidenceDivergence.between(HIGH, on)).isEqualTo(ConfidenceDivergence.CONSISTENT);
  }

  @Test
  void notJudged_cannotTell() {
    Projection none = project(WikimediaDeck.outstandingCodeReviews());
    assertThat(ConfidenceDivergence.between(HIGH, none))
        .isEqualTo(ConfidenceDivergence.CANNOT_TELL);
  }

  @Test
  void nulls() {
    CalcTesting.nullPointerTester()
        .setDefault(Confidence.class, HIGH)
        .setDefault(Projection.class, project(WikimediaDeck.codeReviewTime()))
        .testAllPublicStaticMethods(ConfidenceDivergence.class);
  }
}
