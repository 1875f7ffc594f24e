package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.audit.AuditPolicy;
import org.okr4j.core.audit.FigureAudit;
import org.okr4j.core.audit.FigureKind;
import org.okr4j.core.audit.Interpretation;
import org.okr4j.core.audit.Verdict;
import org.okr4j.core.calc.Figures;
import org.okr4j.core.model.Baseline;
import org.okr4j.core.model.ChangeTarget;
import org.okr4j.core.model.CheckIn;
import org.okr4j.core.model.Fact;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatedChange;
import org.okr4j.core.model.StatedFigure;
import org.okr4j.core.model.Target;
import org.okr4j.core.quantity.Interval;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;
import org.okr4j.core.quantity.Rational;

/**
 * Every derived figure of the deck moved ±1, ±2 and ±5 units in its last printed digit and audited
 * again, in search and in strict mode: a mutant outside the tolerance the audit reported for the
 * figure must be flagged, and a mutant is reproduced by the claimed reading exactly when it lies
 * inside that tolerance.
 */
class DeckMutationTest {
  private static final int[] MOVES = {1, 2, 5};

  private static Report deck;

  @BeforeAll
  static void load() throws IOException {
    deck = Scorecard.loadDeck();
  }

  /** What a policy's audit of the mutants found, per distance. */
  private record Tally(
      List<Integer> mutants,
      List<Integer> flagged,
      List<Integer> inconsistent,
      List<Rational> widths) {}

  @Test
  void everyMutantOutsideTheToleranceIsFlagged_searchAndStrict() {
    Tally search = tally(AuditPolicy.search(), true);
    Tally strict = tally(AuditPolicy.strict(), false);
    for (int i = 0; i < MOVES.length; i++) {
      System.out.printf(
          Locale.ROOT,
          "deck mutants ±%d: search flags %d of %d (%d inconsistent), strict flags %d of %d"
              + " (%d inconsistent)%n",
          MOVES[i],
          search.flagged().get(i),
          search.mutants().get(i),
          search.inconsistent().get(i),
          strict.flagged().get(i),
          strict.mutants().get(i),
          strict.inconsistent().get(i));
    }
    Rational searchMedian = median(search.widths());
    Rational strictMedian = median(strict.widths());
    System.out.printf(
        Locale.ROOT,
        "median tolerance width in printed steps: search (within precision) %s, strict (as"
            + " printed) %s%n",
        Figures.exact(searchMedian),
        Figures.exact(strictMedian));
    // 23 figures, each moved both ways
    assertThat(search.mutants()).containsExactly(46, 46, 46);
    assertThat(strict.mutants()).containsExactly(46, 46, 46);
    for (int i = 0; i < MOVES.length; i++) {
      // strict tries a subset of what search tries, so it flags at least as many
      assertThat(strict.flagged().get(i)).isGreaterThanOrEqualTo(search.flagged().get(i));
      assertThat(search.flagged().get(i)).isGreaterThanOrEqualTo(search.inconsistent().get(i));
      if (i > 0) {
        assertThat(search.flagged().get(i)).isGreaterThanOrEqualTo(search.flagged().get(i - 1));
        assertThat(strict.flagged().get(i)).isGreaterThanOrEqualTo(strict.flagged().get(i - 1));
      }
    }
    // strict, as printed, rounded half up: one printed value is accepted, the claimed value
    // rounded half up. The 7 figures the search finds only under another rounding mode (see
    // DeckFiguresTest) are one step from it, so one of their ±1 mutants passes; nothing else does.
    assertThat(strictMedian).isEqualTo(Rational.ZERO);
    assertThat(strict.flagged()).containsExactly(46 - 7, 46, 46);
    // The search, measured: each count is checked mutant by mutant against the tolerance above.
    assertThat(search.flagged()).containsExactly(19, 32, 36);
    assertThat(search.inconsistent()).containsExactly(14, 27, 34);
    assertThat(searchMedian).isEqualTo(Rational.of(2));
  }

  private static Tally tally(AuditPolicy policy, boolean withinPrecision) {
    List<AuditFinding> original = FigureAudit.audit(deck, policy);
    int[] mutants = new int[MOVES.length];
    int[] flagged = new int[MOVES.length];
    int[] inconsistent = new int[MOVES.length];
    List<Rational> widths = new ArrayList<>();
    for (int index = 0; index < original.size(); index++) {
      AuditFinding f = original.get(index);
      Quantity printed = f.stated().value();
      Rational step = Rational.of(lastDigit(printed));
      Interval tolerance =
          (withinPrecision ? f.tolerance().withinPrecision() : f.tolerance().asPrinted())
              .orElseThrow();
      widths.add(tolerance.upper().minus(tolerance.lower()).dividedBy(step));
      for (int i = 0; i < MOVES.length; i++) {
        for (int sign : new int[] {-1, 1}) {
          BigDecimal moved =
              printed
                  .value()
                  .add(lastDigit(printed).multiply(BigDecimal.valueOf((long) sign * MOVES[i])));
          AuditFinding m = FigureAudit.audit(mutate(f, moved), policy).get(index);
          assertThat(m.stated().value().value()).isEqualByComparingTo(moved);
          boolean outside = !tolerance.contains(Rational.of(moved));
          mutants[i]++;
          if (isFlagged(m)) {
            flagged[i]++;
          }
          if (m.verdict() == Verdict.INCONSISTENT) {
            inconsistent[i]++;
          }
          if (outside) {
            assertThat(isFlagged(m)).as("%s moved to %s", f, moved).isTrue();
          }
          assertThat(claimedAccepts(m))
              .as("%s moved to %s: claimed reading accepts exactly inside %s", f, moved, tolerance)
              .isEqualTo(!outside);
        }
      }
    }
    return new Tally(list(mutants), list(flagged), list(inconsistent), widths);
  }

  private static List<Integer> list(int[] counts) {
    return java.util.Arrays.stream(counts).boxed().toList();
  }

  private static boolean isFlagged(AuditFinding f) {
    return f.verdict() == Verdict.INCONSISTENT
        || f.verdict() == Verdict.CONSISTENT_UNDER_OTHER_BASIS
        || f.verdict() == Verdict.NOT_AUDITABLE;
  }

  private static boolean claimedAccepts(AuditFinding f) {
    return f.matched().map(Interpretation::isClaimedBasis).orElse(false)
        || f.alsoConsistentUnder().stream().anyMatch(Interpretation::isClaimedBasis);
  }

  /** The unit in the last printed digit: the step, or for an exact figure its last digit's. */
  private static BigDecimal lastDigit(Quantity q) {
    return q.precision().step().orElseGet(() -> Precision.ofDigits(q.value()).step().orElseThrow());
  }

  private static Rational median(List<Rational> values) {
    List<Rational> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(Rational.of(2));
  }

  // ---------------------------------------------------------------- the deck with one figure moved

  private static Report mutate(AuditFinding f, BigDecimal moved) {
    Quantity old = f.stated().value();
    Quantity q = Quantity.of(moved, old.unit(), old.precision());
    StatedFigure stated = StatedFigure.of(Figures.quantity(q), q);
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : deck.objectives()) {
      objectives.add(mutate(o, f, q, stated));
    }
    return Report.builder().from(deck).objectives(objectives).build();
  }

  private static Objective mutate(Objective o, AuditFinding f, Quantity q, StatedFigure stated) {
    List<Objective> children = new ArrayList<>();
    for (Objective c : o.children()) {
      children.add(mutate(c, f, q, stated));
    }
    Objective.Builder b = Objective.builder().from(o).children(children);
    if (!o.id().equals(f.objectiveId())) {
      return b.build();
    }
    if (f.keyResultId().isEmpty()) {
      // a fact: the deck prints one per objective at most
      assertThat(o.facts()).hasSize(1);
      Fact fact = o.facts().get(0);
      return b.facts(List.of(Fact.builder().from(fact).value(q).build())).build();
    }
    List<KeyResult> keyResults = new ArrayList<>();
    for (KeyResult k : o.keyResults()) {
      keyResults.add(k.id().equals(f.keyResultId().orElseThrow()) ? mutate(k, f, q, stated) : k);
    }
    return b.keyResults(keyResults).build();
  }

  private static KeyResult mutate(KeyResult k, AuditFinding f, Quantity q, StatedFigure stated) {
    KeyResult.Builder b = KeyResult.builder().from(k);
    String location = f.location();
    if (f.kind() == FigureKind.TARGET_VALUE) {
      if (location.equals("target")) {
        return b.target(((ChangeTarget) k.target()).withStatedValue(stated)).build();
      }
      Target headline = k.headline().orElseThrow();
      return b.headline(((ChangeTarget) headline).withStatedValue(stated)).build();
    }
    if (location.equals("baseline")) {
      Baseline base = k.baseline().orElseThrow();
      Baseline changed =
          f.kind() == FigureKind.PERCENT_OF_SCALE
              ? Baseline.builder().from(base).alsoStatedAs(List.of(stated)).build()
              : Baseline.builder().from(base).value(q).build();
      return b.baseline(changed).build();
    }
    List<CheckIn> checkIns = new ArrayList<>();
    for (CheckIn c : k.checkIns()) {
      if (!location.equals("check-in " + c.period().label())) {
        checkIns.add(c);
      } else if (f.kind() == FigureKind.CHANGE) {
        assertThat(c.statedChanges()).hasSize(1);
        StatedChange sc = c.statedChanges().get(0);
        checkIns.add(
            CheckIn.builder()
                .from(c)
                .statedChanges(List.of(StatedChange.of(stated, sc.claimedBasis())))
                .build());
      } else {
        checkIns.add(CheckIn.builder().from(c).value(q).build());
      }
    }
    return b.checkIns(checkIns).build();
  }
}
