package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.testing.ValueClassAssertions.assertClosedBuilder;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;

import com.google.common.testing.EqualsTester;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;
import org.okr4j.core.time.AsOf;
import org.okr4j.core.time.Period;

class FactTest {
  private static final Share COMMONS =
      Share.of(
          Quantity.parse("8.1M", Unit.count("pages")),
          Quantity.parse("59.7M", Unit.count("pages")));
  private static final String STATEMENT = "of pages on Commons have structured data";

  private static Fact.Builder commons() {
    return Fact.builder()
        .statement(STATEMENT)
        .value(percent("13.6"))
        .share(COMMONS)
        .asOf(AsOf.period(Period.of(YearMonth.of(2020, 4))));
  }

  @Test
  void builder_keepsEverything() {
    Fact fact = commons().build();
    assertThat(fact.statement()).isEqualTo(STATEMENT);
    assertThat(fact.value()).isEqualTo(percent("13.6"));
    assertThat(fact.share()).isEqualTo(COMMONS);
    assertThat(fact.asOf()).map(AsOf::label).contains("2020-04");
  }

  @Test
  void statement_mustNotBeBlank() {
    assertThatThrownBy(() -> commons().statement("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact statement (\"\\u0009\") must not be blank");
  }

  @Test
  void value_mustBeInPercentOrRatio() {
    assertThatThrownBy(() -> commons().value(Quantity.parse("8.1M", Unit.count("pages"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fact value (8100000 pages (to the nearest 100000)) must be in percent or ratio");
  }

  @Test
  void builder_missingShare_isRefused() {
    assertThatThrownBy(() -> Fact.builder().statement(STATEMENT).value(percent("13.6")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("share");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(commons().build(), commons().build())
        .addEqualityGroup(commons().value(percent("13.5")).build())
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(Fact.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(Fact.builder());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Fact.class);
    assertClosedBuilder(Fact.Builder.class);
    assertImmutableInstance(commons().build());
  }
}
