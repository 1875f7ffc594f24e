package org.okr4j.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MagnitudeTest {
  @Test
  void suffixesAndWords() {
    assertThat(Magnitude.ofSuffix("k")).contains(Magnitude.THOUSAND);
    assertThat(Magnitude.ofSuffix("K")).contains(Magnitude.THOUSAND);
    assertThat(Magnitude.ofSuffix("Thousand")).contains(Magnitude.THOUSAND);
    assertThat(Magnitude.ofSuffix("M")).contains(Magnitude.MILLION);
    assertThat(Magnitude.ofSuffix("MM")).contains(Magnitude.MILLION);
    assertThat(Magnitude.ofSuffix("million")).contains(Magnitude.MILLION);
    assertThat(Magnitude.ofSuffix("B")).contains(Magnitude.BILLION);
    assertThat(Magnitude.ofSuffix("bn")).contains(Magnitude.BILLION);
    assertThat(Magnitude.ofSuffix("BILLION")).contains(Magnitude.BILLION);
    assertThat(Magnitude.ofSuffix("m")).isEmpty();
    assertThat(Magnitude.ofSuffix("b")).isEmpty();
    assertThat(Magnitude.ofSuffix("")).isEmpty();
  }

  @Test
  void powersAndSymbols() {
    assertThat(Magnitude.THOUSAND.power()).isEqualTo(3);
    assertThat(Magnitude.MILLION.power()).isEqualTo(6);
    assertThat(Magnitude.BILLION.power()).isEqualTo(9);
    assertThat(Magnitude.MILLION.symbol()).isEqualTo("M");
  }

  @Test
  void atLeast_isTheSmallestMagnitudeReachingThePower() {
    assertThat(Magnitude.atLeast(-2)).contains(Magnitude.THOUSAND);
    assertThat(Magnitude.atLeast(3)).contains(Magnitude.THOUSAND);
    assertThat(Magnitude.atLeast(4)).contains(Magnitude.MILLION);
    assertThat(Magnitude.atLeast(6)).contains(Magnitude.MILLION);
    assertThat(Magnitude.atLeast(7)).contains(Magnitude.BILLION);
    assertThat(Magnitude.atLeast(9)).contains(Magnitude.BILLION);
    assertThat(Magnitude.atLeast(10)).isEmpty();
  }
}
