package org.okr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.okr4j.core.model.Report;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module, explicitly added and found as a service. */
class ModuleTest {
  private final String golden = GoldenTest.resource("every-kind.json");

  @Test
  void findAndAddModulesOnAPlainBuilderReadsAReport() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Report report = mapper.readValue(golden, Report.class);
    assertThat(report).isEqualTo(EveryKindReport.build());
    assertThat(mapper.readValue(mapper.writeValueAsString(report), Report.class)).isEqualTo(report);
  }

  @Test
  void explicitlyAddedModuleReadsAndWrites() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    Report report = mapper.readValue(golden, Report.class);
    assertThat(report).isEqualTo(EveryKindReport.build());
    String compact = mapper.writeValueAsString(report);
    assertThat(compact).doesNotContain("\n  ");
    assertThat(OkrJson.create().writeReport(OkrJson.create().readReport(compact)))
        .isEqualTo(golden);
  }

  @Test
  void mapperErrorsAreThisModulesException() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    assertThatThrownBy(() -> mapper.readValue("{\"format\": \"okr4j/1\", \"x\": 1}", Report.class))
        .isInstanceOf(OkrJsonException.class)
        .hasMessage(
            "/x (line 1, column 28): unknown member \"x\"; expected one of: format, title,"
                + " organization, fiscalYearStart, period, objectives");
    assertThatThrownBy(() -> mapper.readValue("{\"format\": \"okr4j/1\",, }", Report.class))
        .isInstanceOf(OkrJsonException.class)
        .hasMessageContaining("malformed or oversized JSON");
  }

  @Test
  void contentAfterTheReportIsTheMappersConcern() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    assertThatThrownBy(() -> mapper.readValue(ErrorsTest.BASE + "{}", Report.class))
        .isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageContaining("FAIL_ON_TRAILING_TOKENS");
    JsonMapper lenient =
        JsonMapper.builder()
            .addModule(new OkrJsonModule())
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    assertThat(lenient.readValue(ErrorsTest.BASE + "{}", Report.class).title()).isEqualTo("Q3");
  }

  @Test
  void moduleIsRegisteredAsAServiceForTheClassPath() throws IOException {
    try (InputStream in =
        OkrJsonModule.class
            .getClassLoader()
            .getResourceAsStream("META-INF/services/tools.jackson.databind.JacksonModule")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(OkrJsonModule.class.getName());
    }
    assertThat(new OkrJsonModule().getModuleName()).isEqualTo("okr4j-json");
    assertThat(new OkrJsonModule().version().getArtifactId()).isEqualTo("okr-json");
  }

  @Test
  void apiModuleExportsOnlyTheApiPackage() {
    Module module = OkrJson.class.getModule();
    if (module.isNamed()) {
      assertThat(module.getName()).isEqualTo("org.okr4j.json");
      assertThat(module.getDescriptor().provides())
          .extracting(java.lang.module.ModuleDescriptor.Provides::service)
          .containsExactly(JacksonModule.class.getName());
      assertThat(module.getDescriptor().exports())
          .extracting(java.lang.module.ModuleDescriptor.Exports::source)
          .containsExactly("org.okr4j.json");
    }
  }
}
