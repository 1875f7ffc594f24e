package org.okr4j.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okr4j.core.model.Fixtures.d;
import static org.okr4j.core.model.Fixtures.percent;
import static org.okr4j.core.testing.ValueClassAssertions.assertClosedBuilder;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableInstance;
import static org.okr4j.core.testing.ValueClassAssertions.assertImmutableValueClass;
import static org.okr4j.core.testing.ValueClassAssertions.assertUnmodifiable;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Unit;

class ObjectiveTest {
  static final KeyResult PLAN =
      KeyResult.builder()
          .id("kr-1")
          .statement("Release Engineering and SRE teams create a plan")
          .target(Target.complete())
          .build();

  private static Objective.Builder contentIntegrity() {
    return Objective.builder().id("content-integrity").title("Content Integrity");
  }

  @Test
  void kind_unstatedReadsAsAspirational() {
    Objective plain = contentIntegrity().build();
    assertThat(plain.kind()).isEmpty();
    assertThat(plain.isCommitted()).isFalse();
    Objective committed = contentIntegrity().kind(ObjectiveKind.COMMITTED).build();
    assertThat(committed.kind()).contains(ObjectiveKind.COMMITTED);
    assertThat(committed.isCommitted()).isTrue();
    assertThat(contentIntegrity().kind(ObjectiveKind.ASPIRATIONAL).build().isCommitted()).isFalse();
  }

  @Test
  void builder_defaults() {
    Objective o = contentIntegrity().build();
    assertThat(o.id()).isEqualTo("content-integrity");
    assertThat(o.title()).isEqualTo("Content Integrity");
    assertThat(o.description()).isEmpty();
    assertThat(o.keyResults()).isEmpty();
    assertThat(o.children()).isEmpty();
    assertThat(o.statedStatus()).isEmpty();
    assertThat(o.targetCompletion()).isEmpty();
    assertThat(o.facts()).isEmpty();
    assertThat(o.weight()).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void builder_everything() {
    Objective child = Objective.builder().id("o-1.1").title("Child").build();
    Fact fact =
        Fact.builder()
            .statement("of pages on Commons have structured data")
            .value(percent("13.6"))
            .share(
                Share.of(
                    Quantity.parse("8.1M", Unit.count("pages")),
                    Quantity.parse("59.7M", Unit.count("pages"))))
            .build();
    Objective o =
        contentIntegrity()
            .description("Keep content trustworthy")
            .addKeyResults(PLAN)
            .addChildren(child)
            .statedStatus(StatedStatus.of(StatusColor.GREEN))
            .targetCompletion(Fixtures.Q4)
            .addFacts(fact)
            .weight(d("2"))
            .build();
    assertThat(o.keyResults()).containsExactly(PLAN);
    assertThat(o.children()).containsExactly(child);
    assertThat(o.facts()).containsExactly(fact);
    assertThat(o.targetCompletion()).contains(Fixtures.Q4);
    assertThat(o.weight()).isEqualTo(d("2"));
    assertUnmodifiable(o.keyResults(), PLAN);
    assertUnmodifiable(o.children(), child);
    assertUnmodifiable(o.facts(), fact);
  }

  @Test
  void id_mustFollowTheRule() {
    assertThatThrownBy(() -> Objective.builder().id("-x").title("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "objective id (\"-x\") must be 1 to 100 letters, digits, '.', '_' or '-', starting with a"
                + " letter or digit");
    assertThatThrownBy(() -> Objective.builder().id("").title("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("objective id (\"\") must be 1 to 100");
    assertThatThrownBy(() -> Objective.builder().id("a".repeat(101)).title("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("objective id (\"aaa");
    assertThat(Objective.builder().id("A1.b_c-d").title("t").build().id()).isEqualTo("A1.b_c-d");
    assertThat(Objective.builder().id("a".repeat(100)).title("t").build().id()).hasSize(100);
  }

  @Test
  void title_mustNotBeBlank() {
    assertThatThrownBy(() -> Objective.builder().id("o1").title("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective title (\"\") must not be blank");
  }

  @Test
  void weight_mustBeNonNegativeAndWithinLimits() {
    assertThat(contentIntegrity().weight(BigDecimal.ZERO).build().weight())
        .isEqualTo(BigDecimal.ZERO);
    assertThatThrownBy(() -> contentIntegrity().weight(d("-0.5")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective content-integrity weight (-0.5) must be >= 0");
    assertThatThrownBy(() -> contentIntegrity().weight(d("-1e999999999")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("objective weight (-1E+999999999) is outside the accepted range");
  }

  @Test
  void builder_missingTitle_isRefused() {
    assertThatThrownBy(() -> Objective.builder().id("o1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }

  @Test
  void keyResultIds_areUniqueWithinTheObjective() {
    assertThatThrownBy(
            () -> Objective.builder().id("o").title("Twice").addKeyResults(PLAN, PLAN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective o has two key results with id \"" + PLAN.id() + "\"");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(contentIntegrity().build(), contentIntegrity().build())
        .addEqualityGroup(contentIntegrity().addKeyResults(PLAN).build())
        .addEqualityGroup(contentIntegrity().weight(d("2")).build())
        .testEquals();
  }

  @Test
  void nulls_areRefusedForEveryParameter() {
    Fixtures.nullTester().testAllPublicStaticMethods(Objective.class);
    Fixtures.nullTester()
        .setDefault(KeyResult.class, PLAN)
        .setDefault(Objective.class, contentIntegrity().build())
        .testAllPublicInstanceMethods(Objective.builder());
  }

  @Test
  void isAnImmutableValueClass() {
    assertImmutableValueClass(Objective.class);
    assertClosedBuilder(Objective.Builder.class);
    assertImmutableInstance(contentIntegrity().addKeyResults(PLAN).build());
  }

  private static Objective nested(int depth) {
    Objective o = Objective.builder().id("o" + depth).title("level " + depth).build();
    for (int level = depth - 1; level >= 1; level--) {
      o = Objective.builder().id("o" + level).title("level " + level).addChildren(o).build();
    }
    return o;
  }

  @Test
  void nestingDepth_countsLevels() {
    assertThat(contentIntegrity().build().nestingDepth()).isEqualTo(1);
    assertThat(nested(3).nestingDepth()).isEqualTo(3);
    Objective uneven = contentIntegrity().addChildren(nested(1)).addChildren(nested(4)).build();
    assertThat(uneven.nestingDepth()).isEqualTo(5);
  }

  @Test
  void build_atTheNestingLimit_isAccepted() {
    assertThat(nested(Objective.MAX_NESTING_DEPTH).nestingDepth()).isEqualTo(100);
  }

  @Test
  void build_tenThousandDeep_isRefusedAtTheLimitWithoutOverflowingTheStack() {
    // Found by probing: a report nested 10,000 deep built in code overflowed the stack in
    // Report.builder().build(), Rollup.progress and writeReport.
    Objective deepest = nested(Objective.MAX_NESTING_DEPTH);
    assertThatThrownBy(
            () -> Objective.builder().id("o0").title("level 0").addChildren(deepest).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "objective o0 nests 101 deep, more than the maximum (100,"
                + " Objective.MAX_NESTING_DEPTH)");
  }

  @Test
  void build_idOfTenThousandCharacters_messageIsShortAndEscaped() {
    // Found by fuzzing: a 10,000-character id was quoted whole in the message.
    String id = "\u0000" + "x".repeat(9_999);
    assertThatThrownBy(() -> Objective.builder().id(id).title("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("objective id (\"\\u0000xxx")
        .hasMessageContaining("xxx...\") must be 1 to 100 letters")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).doesNotContain("\u0000"));
  }

  @Test
  void build_titleWithALoneSurrogate_isRefused() {
    // Found by fuzzing: "t\ud800A" was accepted, then writing the report to a file failed.
    assertThatThrownBy(() -> Objective.builder().id("o").title("t\ud800A").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "objective title (\"t\\uD800A\") holds a lone surrogate (U+D800 at index 1): it is"
                + " not valid Unicode text");
  }
}
