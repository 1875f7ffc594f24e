package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.count;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.quantity.UnitMismatchException;

class ShareTest {
  private static final Quantity PART = Quantity.parse("238.9M", Unit.count("pages"));
  private static final Quantity WHOLE = Quantity.parse("959.4M", Unit.count("pages"));

  @Test
  void of_keepsPartAndWhole() {
    Share share = Share.of(PART, WHOLE);
    assertThat(share.part()).isEqualTo(PART);
    assertThat(share.whole()).isEqualTo(WHOLE);
  }

  @Test
  void whole_mustNotBeZero() {
    assertThatThrownBy(() -> Share.of(count("0", "pages"), count("0", "pages")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share whole (0 pages) must not be zero");
  }

  @Test
  void partAndWhole_mustHaveTheSameUnit() {
    assertThatThrownBy(() -> Share.of(PART, count("959.4", "files")))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessage("Units differ: count of pages/count of files");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Share.of(PART, WHOLE), Share.of(PART, WHOLE))
        .addEqualityGroup(Share.of(WHOLE, PART))
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().setDefault(Quantity.class, PART).testAllPublicStaticMethods(Share.class);
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Share.class);
    assertImmutableInstance(Share.of(PART, WHOLE));
  }
}
