package org.okr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okr4j.core.audit.AuditFinding;
import org.okr4j.core.calc.Change;
import org.okr4j.core.calc.Outcome;
import org.okr4j.report.DerivedStatus;
import org.okr4j.report.KeyResultCard;
import org.okr4j.report.ObjectiveCard;
import org.okr4j.report.Scorecard;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deck's scorecard through okr-report equals, number for number, what the okr-examples
 * scorecard of okr4j 0.1.0 printed ({@code scorecard-0.1.0.json}, written by the 0.1.0 jars before
 * okr-report existed): every key result's progress and changes (exact fractions), every derived
 * colour and reason, every objective colour, every audited figure's recomputed value, and the
 * agreement counts.
 */
class ScorecardRegressionTest {
  private static JsonNode before;
  private static Scorecard now;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        ScorecardRegressionTest.class.getResourceAsStream("scorecard-0.1.0.json")) {
      before =
          JsonMapper.builder()
              .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .build()
              .readTree(in);
    }
    now = Scorecard.evaluate(deck());
  }

  private static org.okr4j.core.model.Report deck() throws IOException {
    return org.okr4j.examples.Scorecard.loadDeck();
  }

  @Test
  void samePeriodsAndObjectives() {
    assertThat(now.report().period().label()).isEqualTo(before.get("period").asString());
    assertThat(now.defaultGoalPeriod().label()).isEqualTo(before.get("goalPeriod").asString());
    assertThat(now.asOf().toString()).isEqualTo(before.get("asOf").asString());
    assertThat(now.objectives())
        .extracting(ObjectiveCard::id)
        .containsExactlyElementsOf(ids(before.get("objectives")));
  }

  @Test
  void keyResults_progressChangesAndStatuses_numberForNumber() {
    int compared = 0;
    for (JsonNode o : before.get("objectives")) {
      for (JsonNode k : o.get("keyResults")) {
        KeyResultCard card = now.keyResult(k.get("id").asString()).orElseThrow();
        JsonNode p = k.get("progress");
        if (p.has("undefined")) {
          assertThat(card.progress().undefinedReason().orElseThrow().name())
              .as(card.id())
              .isEqualTo(p.get("undefined").asString());
        } else {
          assertThat(card.progress().value().raw().toString())
              .as(card.id())
              .isEqualTo(p.get("rawExact").asString());
          org.okr4j.core.quantity.Rational clamped = card.progress().value().clamped();
          assertThat(
                  clamped.isTerminating()
                      ? clamped.toBigDecimalExact()
                      : clamped.toBigDecimalSignificant(20))
              .isEqualByComparingTo(p.get("clamped").decimalValue());
        }
        change(card.id(), card.changeVsBaseline(), k.get("changeVsBaseline"));
        change(card.id(), card.changeVsPrevious(), k.get("changeVsPrevious"));
        for (String rule : List.of("pace", "grading")) {
          JsonNode s = k.get("derivedStatus").get(rule);
          DerivedStatus d = card.derived(rule).orElseThrow();
          assertThat(d.color().name())
              .as(card.id() + " " + rule)
              .isEqualTo(s.get("color").asString());
          assertThat(d.status().reason())
              .as(card.id() + " " + rule)
              .isEqualTo(s.get("reason").asString());
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(39).isEqualTo(now.keyResults().size());
  }

  private static void change(String id, Outcome<Change> now, JsonNode before) {
    if (before.has("undefined")) {
      assertThat(now.undefinedReason().orElseThrow().name())
          .as(id)
          .isEqualTo(before.get("undefined").asString());
    } else {
      assertThat(now.value().amount().toString())
          .as(id)
          .isEqualTo(before.get("amountExact").asString());
      assertThat(now.value().measure().name()).isEqualTo(before.get("measure").asString());
    }
  }

  @Test
  void objectives_coloursAndReasons() {
    for (JsonNode o : before.get("objectives")) {
      ObjectiveCard card =
          now.objectives().stream()
              .filter(c -> c.id().equals(o.get("id").asString()))
              .findFirst()
              .orElseThrow();
      for (DerivedStatus d : card.derived()) {
        JsonNode s = o.get("derivedStatus").get(d.label());
        assertThat(d.color().name())
            .as(card.id() + " " + d.label())
            .isEqualTo(s.get("color").asString());
        assertThat(d.status().reason()).isEqualTo(s.get("reason").asString());
      }
    }
    List<String> agreements = new ArrayList<>();
    for (JsonNode a : before.get("agreement")) {
      agreements.add(
          a.get("ruleSet").asString()
              + " "
              + a.get("agreeing").asInt()
              + "/"
              + a.get("derivable").asInt());
    }
    assertThat(now.agreements())
        .extracting(a -> a.label() + " " + a.agreeing() + "/" + a.derivable())
        .containsExactlyElementsOf(agreements);
  }

  @Test
  void audit_sameFiguresRecomputedToTheSameValues() {
    JsonNode audit = before.get("audit");
    assertThat(now.audit()).hasSize(audit.size());
    for (int i = 0; i < audit.size(); i++) {
      AuditFinding f = now.audit().get(i);
      JsonNode b = audit.get(i);
      assertThat(f.stated().text()).isEqualTo(b.get("stated").asString());
      assertThat(f.location()).isEqualTo(b.get("location").asString());
      assertThat(f.computed().map(Object::toString).orElse(null))
          .as(f.toString())
          .isEqualTo(b.get("computedExact").asString());
    }
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asString()));
    return ids;
  }
}
