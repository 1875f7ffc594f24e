/**
 * Renderers of a {@link org.okr4j.report.Scorecard}: {@link TerminalRenderer} (fits a width, never
 * cuts a value), {@link MarkdownRenderer} (GitHub tables), {@link JsonRenderer} (schema {@code
 * okr4j-scorecard/1}) and {@link HtmlRenderer} (one self-contained page). A renderer computes
 * nothing: everything it writes is a field of the scorecard.
 */
@NullMarked
package org.okr4j.report.render;

import org.jspecify.annotations.NullMarked;
