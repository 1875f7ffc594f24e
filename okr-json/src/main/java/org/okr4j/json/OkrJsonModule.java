package org.okr4j.json;

import java.util.Objects;
import org.okr4j.core.model.Report;
import org.okr4j.json.internal.ReportDeserializer;
import org.okr4j.json.internal.ReportSerializer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module that reads and writes {@link Report}s in the okr4j JSON format.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
 * Report report = mapper.readValue(json, Report.class);
 * String text = mapper.writeValueAsString(report);
 * }</pre>
 *
 * <p>The module is also registered as a service, so {@code
 * JsonMapper.builder().findAndAddModules()} finds it on the class path and the module path.
 *
 * <p>Through a mapper, reading the report, from its opening to its closing brace, is as strict as
 * through {@link OkrJson} and fails with {@link OkrJsonException}. What lies outside the report is
 * the mapper's: malformed input before the report's first token, and content after it (rejected by
 * {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}, enabled by default in Jackson 3), fail
 * with the mapper's own exceptions. The module enforces the nesting depth, number length, string
 * length and decimal limits of its {@link ReadLimits}; the document length is bounded only by the
 * mapper's own {@code StreamReadConstraints}, and the mapper's constraints also apply (whichever is
 * tighter wins). Writing produces the canonical member order and figure forms; the layout
 * (indentation) is the mapper's. Use {@link OkrJson} for the exact canonical text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OkrJsonModule extends JacksonModule {
  private final ReadLimits limits;

  /** A module with the default {@link ReadLimits}. */
  public OkrJsonModule() {
    this(ReadLimits.defaults());
  }

  /**
   * A module with the given limits.
   *
   * @param limits the limits enforced when reading
   */
  public OkrJsonModule(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * The limits enforced when reading.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Stream read constraints matching this module's limits (document, nesting, number, string and
   * name lengths). A mapper's own constraints are applied by its parser before the module sees a
   * token: a 100-million-character string is buffered whole before the module can refuse it. Build
   * the mapper on a factory with these constraints so that the limits apply while reading:
   *
   * <pre>{@code
   * OkrJsonModule module = new OkrJsonModule();
   * JsonMapper mapper =
   *     JsonMapper.builder(JsonFactory.builder()
   *             .streamReadConstraints(module.streamReadConstraints())
   *             .build())
   *         .addModule(module)
   *         .build();
   * }</pre>
   *
   * @return the constraints
   */
  public StreamReadConstraints streamReadConstraints() {
    return limits.streamReadConstraints();
  }

  /**
   * The module's name.
   *
   * @return {@code "okr4j-json"}
   */
  @Override
  public String getModuleName() {
    return "okr4j-json";
  }

  /**
   * The module's version.
   *
   * @return the version of okr-json
   */
  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "org.okr4j", "okr-json");
  }

  /**
   * Registers the serializer and deserializer of {@link Report}.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Report.class, new ReportSerializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Report.class, new ReportDeserializer(limits));
    context.addDeserializers(deserializers);
  }
}
