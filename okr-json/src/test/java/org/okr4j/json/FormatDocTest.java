package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Report;

/** The complete example in FORMAT.md is valid, canonical and schema-valid. */
class FormatDocTest {
  static String example() throws IOException {
    String doc = Files.readString(Path.of("FORMAT.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json\n") + "```json\n".length();
    int end = doc.indexOf("```\n", start);
    return doc.substring(start, end);
  }

  @Test
  void completeExampleReadsAndIsCanonical() throws IOException {
    String example = example();
    Report report = OkrJson.create().readReport(example);
    assertThat(report.allKeyResults()).hasSize(5);
    assertThat(OkrJson.create().writeReport(report)).isEqualTo(example);
    assertThat(SchemaTest.validate(example)).isEmpty();
  }

  @Test
  void documentedErrorMessageIsTheRealOne() throws IOException {
    String doc = Files.readString(Path.of("FORMAT.md"), StandardCharsets.UTF_8);
    OkrJsonException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            OkrJsonException.class,
            () ->
                OkrJson.create()
                    .readReport(ErrorsTest.base("{\"reach\": 18}", "{\"reach\": true}")));
    assertThat(doc).contains(e.getMessage());
  }
}
