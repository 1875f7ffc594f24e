package org.okr4j.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okr4j.report.Reports;
import org.okr4j.report.Scorecard;
import org.okr4j.report.ScorecardOptions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonRendererTest {
  static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JsonRenderer.schema(), InputFormat.JSON);
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final Scorecard card =
      Scorecard.evaluate(
          Reports.monthly(), ScorecardOptions.defaults().withAsOf(Reports.midFebruary()));
  private final String json = JsonRenderer.instance().render(card);

  @Test
  void validatesAgainstItsSchema() {
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    JsonNode schema = MAPPER.readTree(JsonRenderer.schema());
    assertThat(schema.get("properties").get("format").get("const").asString())
        .isEqualTo(JsonRenderer.FORMAT);
  }

  @Test
  void schemaRefusesADocumentMissingAFigure() {
    String broken = json.replaceFirst("\"progress\"", "\"progres\"");
    assertThat(SCHEMA.validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void keysAreCamelCaseNouns() {
    List<String> keys = new ArrayList<>();
    collectKeys(MAPPER.readTree(json), keys);
    assertThat(keys).isNotEmpty().allMatch(k -> k.matches("[a-z][a-zA-Z0-9]*"));
  }

  private static void collectKeys(JsonNode node, List<String> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        into.add(e.getKey());
        collectKeys(e.getValue(), into);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collectKeys(n, into));
    }
  }

  @Test
  void numbersAreExactWithTheFractionBeside() {
    JsonNode revenue = keyResult("revenue-february");
    assertThat(revenue.get("progress").get("rawExact").asString()).isEqualTo("50/79");
    assertThat(revenue.get("progress").get("raw").decimalValue())
        .isEqualByComparingTo("0.63291139240506329114");
    assertThat(revenue.get("progress").get("text").asString()).isEqualTo("63.29%");
    assertThat(revenue.get("changeVsPrevious").get("amount").decimalValue())
        .isEqualByComparingTo("9.0909090909090909091");
    assertThat(revenue.get("goalPeriod").get("label").asString()).isEqualTo("2020-02");
    JsonNode uptake = keyResult("uptake");
    assertThat(uptake.get("progress").get("defined").asBoolean()).isFalse();
    assertThat(uptake.get("progress").get("undefinedReason").asString())
        .isEqualTo("TARGET_NOT_SET");
    assertThat(uptake.get("changeVsBaseline").get("amount").decimalValue())
        .isEqualByComparingTo("1.2");
  }

  @Test
  void projection_valueIntervalAndVerdict() {
    // As of 15 February only Q1 (dated 2019-10-01, day 92) and Q2 (2020-01-01, day 184) count:
    // 1919 + (1919 − 1890) / 92 × (366 − 184) = 90913/46 ≈ 1976.37 ≥ 1974, exact counts.
    JsonNode p = keyResult("maintainers-year").get("projection");
    assertThat(p.get("method").asString()).isEqualTo("LEAST_SQUARES");
    assertThat(p.get("valueExact").asString()).isEqualTo("90913/46");
    assertThat(p.get("lowerExact").asString()).isEqualTo("90913/46");
    assertThat(p.get("upperExact").asString()).isEqualTo("90913/46");
    assertThat(p.get("verdict").asString()).isEqualTo("ON_COURSE");
    assertThat(p.get("text").asString()).isEqualTo("1,976.37 maintainers, on course");
    JsonNode revenue = keyResult("revenue-february").get("projection");
    assertThat(revenue.get("defined").asBoolean()).isFalse();
    assertThat(revenue.get("undefinedReason").asString()).isEqualTo("TOO_FEW_POINTS");
  }

  private JsonNode keyResult(String id) {
    for (JsonNode o : MAPPER.readTree(json).get("objectives")) {
      for (JsonNode k : o.get("keyResults")) {
        if (k.get("id").asString().equals(id)) {
          return k;
        }
      }
    }
    throw new AssertionError(id);
  }
}
