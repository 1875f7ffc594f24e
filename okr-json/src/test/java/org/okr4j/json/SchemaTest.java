package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Report;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema shipped in the jar accepts every written document and the golden files. */
class SchemaTest {
  static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(OkrJson.schema(), InputFormat.JSON);

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void schemaIsDraft202012AndShippedInTheJar() {
    JsonNode schema = JsonMapper.builder().build().readTree(OkrJson.schema());
    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("properties").get("format").get("const").asString())
        .isEqualTo(OkrJson.formatVersion());
    assertThat(OkrJson.class.getResource("okr-report.schema.json")).isNotNull();
  }

  @Test
  void goldenDocumentsValidate() {
    assertThat(validate(GoldenTest.resource("every-kind.json"))).isEmpty();
    assertThat(validate(GoldenTest.resource("every-kind.loose.json"))).isEmpty();
    assertThat(validate(GoldenTest.resource("derivations.json"))).isEmpty();
    assertThat(validate(ErrorsTest.BASE)).isEmpty();
  }

  @Test
  void schemaRefusesWhatTheReaderRefuses() {
    assertThat(validate(ErrorsTest.base("\"title\": \"Q3\",", "\"title\": \"Q3\", \"x\": 1,")))
        .isNotEmpty();
    assertThat(validate(ErrorsTest.base("{\"reach\": 18}", "{\"reach\": 18, \"above\": 1}")))
        .isNotEmpty();
    assertThat(validate(ErrorsTest.base("{\"reach\": 18}", "{\"below\": 18}"))).isNotEmpty();
    assertThat(validate(ErrorsTest.base("\"at-risk\"", "\"finished\""))).isNotEmpty();
    assertThat(validate(ErrorsTest.base("\"okr4j/1\"", "\"okr4j/2\""))).isNotEmpty();
    assertThat(validate(ErrorsTest.base("{\"reach\": 18}", "{\"reach\": \"18 days\"}")))
        .isNotEmpty();
  }

  @Provide
  Arbitrary<Report> reports() {
    return ReportGenerator.reports();
  }

  @Property(tries = 200)
  void everyWrittenDocumentValidates(@ForAll("reports") Report report) {
    String text = OkrJson.create().writeReport(report);
    assertThat(validate(text)).as(text).isEmpty();
  }
}
