package org.okr4j.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Rational;

/** The calculators' self-explaining defined outcome: one object, explained lazily and once. */
class ExplainedTest {
  private static final Explanation PROGRESS =
      Explanation.of(
          "progress",
          "(current − baseline) / (target − baseline)",
          "(1919 − 1880) / (1974 − 1880)",
          "41.49%");

  /** An outcome of 39/94 that counts its builds and throws on the first when told to. */
  private static Outcome<Rational> counting(AtomicInteger builds, boolean failFirst) {
    return new Explained<>(Rational.of(39, 94)) {
      @Override
      Explanation build() {
        if (builds.incrementAndGet() == 1 && failFirst) {
          throw new IllegalStateException("first build fails");
        }
        return PROGRESS;
      }
    };
  }

  @Test
  void explanation_builtOnFirstAskAndKept() {
    AtomicInteger builds = new AtomicInteger();
    Outcome<Rational> o = counting(builds, false);
    assertThat(builds).hasValue(0);
    assertThat(o.isDefined()).isTrue();
    assertThat(o.value()).isEqualTo(Rational.of(39, 94));
    assertThat(o.explanation()).isSameAs(PROGRESS);
    assertThat(o.explanation()).isSameAs(PROGRESS);
    assertThat(builds).hasValue(1);
  }

  @Test
  void explanation_thatThrows_isBuiltAgainNextTime() {
    AtomicInteger builds = new AtomicInteger();
    Outcome<Rational> o = counting(builds, true);
    assertThatThrownBy(o::explanation).hasMessage("first build fails");
    assertThat(o.explanation()).isSameAs(PROGRESS);
    assertThat(builds).hasValue(2);
  }

  @Test
  void explanation_builtAsNull_isRefused() {
    Outcome<Rational> o =
        new Explained<>(Rational.ONE) {
          @Override
          Explanation build() {
            return nothing();
          }
        };
    assertThatThrownBy(o::explanation)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("explanation must not be null");
  }

  @Test
  void map_keepsTheExplanationAndBuildsItOnce() {
    AtomicInteger builds = new AtomicInteger();
    Outcome<Rational> o = counting(builds, false);
    Outcome<Rational> doubled = o.map(r -> r.multipliedBy(Rational.of(2)));
    assertThat(doubled.value()).isEqualTo(Rational.of(39, 47));
    assertThat(builds).hasValue(0);
    assertThat(doubled.explanation()).isSameAs(PROGRESS);
    assertThat(o.explanation()).isSameAs(PROGRESS);
    assertThat(builds).hasValue(1);
  }

  @Test
  void mapOfAMappedOutcome_keepsTheFirstExplanation() {
    AtomicInteger builds = new AtomicInteger();
    Outcome<Rational> o = counting(builds, false);
    Outcome<Rational> twice =
        o.map(r -> r.multipliedBy(Rational.of(2))).map(r -> r.plus(Rational.ONE));
    assertThat(twice.value()).isEqualTo(Rational.of(86, 47));
    assertThat(twice.explanation()).isSameAs(PROGRESS);
    assertThat(twice.explanation()).isSameAs(PROGRESS);
    assertThat(builds).hasValue(1);
    assertThat(twice).isEqualTo(Outcome.defined(Rational.of(86, 47), () -> PROGRESS));
  }

  @Test
  void equalsAndText_areThoseOfADefinedOutcome() {
    Outcome<Rational> o = counting(new AtomicInteger(), false);
    Outcome<Rational> plain = Outcome.defined(Rational.of(39, 94), () -> PROGRESS);
    assertThat(o).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(plain).isEqualTo(o);
    assertThat(o).hasToString("Defined[39/94]");
    assertThatThrownBy(
            () ->
                new Explained<>(nothingRational()) {
                  @Override
                  Explanation build() {
                    return PROGRESS;
                  }
                })
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value must not be null");
  }

  @SuppressWarnings("NullAway") // a null on purpose, to check the refusal
  private static Explanation nothing() {
    return null;
  }

  @SuppressWarnings("NullAway") // a null on purpose, to check the refusal
  private static Rational nothingRational() {
    return null;
  }
}
