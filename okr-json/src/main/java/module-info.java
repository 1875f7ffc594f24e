/**
 * okr4j JSON: the versioned JSON format for OKR reports ({@code "okr4j/1"}), as a Jackson 3 module.
 *
 * <p>{@link org.okr4j.json.OkrJson} reads and writes reports from strings, readers, streams and
 * files; {@link org.okr4j.json.OkrJsonModule} registers the same reader and writer with a Jackson
 * mapper, and is provided as a {@link tools.jackson.databind.JacksonModule} service for {@code
 * findAndAddModules()}.
 */
module org.okr4j.json {
  requires transitive org.okr4j.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.okr4j.json;

  provides tools.jackson.databind.JacksonModule with
      org.okr4j.json.OkrJsonModule;
}
