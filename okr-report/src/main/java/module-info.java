/**
 * okr4j report: the scorecard as library API.
 *
 * <p>{@link org.okr4j.report.Scorecard#evaluate} evaluates a report as of a date into an immutable
 * {@link org.okr4j.report.Scorecard}; the renderers of {@code org.okr4j.report.render} write it for
 * a terminal, as Markdown, as JSON (schema {@code okr4j-scorecard/1}, in this jar) and as one
 * self-contained HTML page. A renderer computes nothing: every number it shows is a field of the
 * scorecard.
 */
module org.okr4j.report {
  requires transitive org.okr4j.core;
  requires com.google.common;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports org.okr4j.report;
  exports org.okr4j.report.render;
}
