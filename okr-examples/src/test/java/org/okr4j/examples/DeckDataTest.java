package org.okr4j.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.CheckInState;
import org.okr4j.core.model.KeyResult;
import org.okr4j.core.model.Objective;
import org.okr4j.core.model.Report;
import org.okr4j.core.model.StatusColor;
import org.okr4j.core.quantity.Precision;
import org.okr4j.core.quantity.Quantity;

/**
 * The deck as data: every objective, key result and check-in of the Q3 FY20 deck's tables is
 * present, with figures as printed.
 *
 * <p>The expected counts were read off the deck by hand: one key result per table row (the two
 * security-services rows share one set of figures and are one key result), one check-in per
 * non-empty Q1/Q2/Q3 cell. The appendix row "Partnerships (see Advancement deck)" has no figures
 * and is not a key result.
 */
class DeckDataTest {
  private static Report deck;

  @BeforeAll
  static void load() throws IOException {
    deck = Scorecard.loadDeck();
  }

  @Test
  void report_isTheQ3Deck() {
    assertThat(deck.title()).isEqualTo("Technology Department, Q3 FY20");
    assertThat(deck.organization()).contains("Wikimedia Foundation");
    assertThat(deck.period().label()).isEqualTo("FY2019/20 Q3");
    assertThat(deck.period().start()).hasToString("2020-01-01");
  }

  @Test
  void objectives_keyResultsAndCheckInsPerObjective_matchTheDeck() {
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    // objective id -> [key results, check-ins]
    expected.put("mtp-content", List.of(2, 4));
    expected.put("mtp-platform", List.of(6, 15));
    expected.put("content-integrity", List.of(0, 0));
    expected.put("secure-and-protect", List.of(4, 12));
    expected.put("expand-ai-tooling", List.of(3, 9));
    expected.put("ml-infrastructure", List.of(0, 0));
    expected.put("ml-workflows", List.of(2, 6));
    expected.put("algorithmic-bias", List.of(2, 6));
    expected.put("technology-product-partnerships", List.of(0, 0));
    expected.put("developer-productivity", List.of(0, 0));
    expected.put("developer-tooling", List.of(4, 12));
    expected.put("developer-efficiency", List.of(5, 15));
    expected.put("event-platform", List.of(3, 7));
    expected.put("old-mtp-content", List.of(3, 9));
    expected.put("old-mtp-platform", List.of(5, 11));
    Map<String, List<Integer>> actual = new LinkedHashMap<>();
    for (Objective o : deck.allObjectives()) {
      int checkIns = o.keyResults().stream().mapToInt(k -> k.checkIns().size()).sum();
      actual.put(o.id(), List.of(o.keyResults().size(), checkIns));
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
    assertThat(deck.allKeyResults()).hasSize(39);
    assertThat(deck.allKeyResults().stream().mapToInt(k -> k.checkIns().size()).sum())
        .isEqualTo(106);
  }

  @Test
  void keyDeliverables_carryTheirStatedColours() {
    Map<String, StatusColor> stated = new LinkedHashMap<>();
    for (Objective o : deck.allObjectives()) {
      o.statedStatus().ifPresent(s -> stated.put(o.id(), s.color()));
    }
    assertThat(stated)
        .containsExactly(
            Map.entry("content-integrity", StatusColor.YELLOW),
            Map.entry("ml-infrastructure", StatusColor.YELLOW),
            Map.entry("technology-product-partnerships", StatusColor.GREEN),
            Map.entry("developer-productivity", StatusColor.RED));
  }

  @Test
  void figures_keepTheirStatedPrecision() {
    Quantity part =
        keyResult("mtp-structured-data").baseline().orElseThrow().share().orElseThrow().part();
    assertThat(part.value()).isEqualByComparingTo(new BigDecimal("238900000"));
    assertThat(part.precision()).isEqualTo(Precision.toNearest(new BigDecimal("100000")));
    Quantity reviews = keyResult("mtp-outstanding-reviews").baseline().orElseThrow().value();
    assertThat(reviews.isExact()).isTrue();
    Quantity satisfaction =
        keyResult("mtp-developer-satisfaction").baseline().orElseThrow().value();
    assertThat(satisfaction.precision()).isEqualTo(Precision.decimals(1));
    assertThat(keyResult("mtp-code-quality").checkIns().get(1).value().orElseThrow().precision())
        .isEqualTo(Precision.decimals(2));
  }

  @Test
  void qualitativeStates_keepThePrintedText() {
    KeyResult recruit = keyResult("recruit-coordinators");
    assertThat(recruit.checkIns().get(1).state()).contains(CheckInState.BLOCKED);
    assertThat(recruit.checkIns().get(1).printed())
        .contains("Blocked on coordinating resources to engage community");
    assertThat(keyResult("new-event-data").checkIns().get(2).printed())
        .contains("Slightly delayed but still on track");
    assertThat(keyResult("feature-store").checkIns().get(2).state())
        .contains(CheckInState.POSTPONED);
    assertThat(keyResult("mtp-code-review-time").checkIns().get(0).state())
        .contains(CheckInState.SETTING_BASELINE);
  }

  @Test
  void everyCheckInState_theDeckUses_isPresent() {
    assertThat(
            deck.allKeyResults().stream()
                .flatMap(k -> k.checkIns().stream())
                .flatMap(c -> c.state().stream())
                .distinct())
        .containsExactlyInAnyOrder(
            CheckInState.NOT_APPLICABLE,
            CheckInState.TO_BE_DETERMINED,
            CheckInState.SETTING_BASELINE,
            CheckInState.MONITORING,
            CheckInState.NOT_STARTED,
            CheckInState.IN_PROGRESS,
            CheckInState.AT_RISK,
            CheckInState.BLOCKED,
            CheckInState.DONE,
            CheckInState.POSTPONED,
            CheckInState.ON_TRACK,
            CheckInState.NO_CHANGE,
            CheckInState.DROPPED);
  }

  @Test
  void deckFile_isInTheCanonicalForm() throws IOException {
    String file;
    try (var in = Scorecard.class.getResourceAsStream(Scorecard.DECK)) {
      file = new String(java.util.Objects.requireNonNull(in).readAllBytes(), UTF_8);
    }
    assertThat(org.okr4j.json.OkrJson.create().writeReport(deck)).isEqualTo(file);
  }

  static KeyResult keyResult(String id) {
    return deck.keyResult(id).orElseThrow();
  }
}
