/**
 * Renderers of a {@link org.okr4j.report.Scorecard}: {@link
 * org.okr4j.report.render.TerminalRenderer} (fits a width, never cuts a value), {@link
 * org.okr4j.report.render.MarkdownRenderer} (GitHub tables), {@link
 * org.okr4j.report.render.JsonRenderer} (schema {@code okr4j-scorecard/1}) and {@link
 * org.okr4j.report.render.HtmlRenderer} (one self-contained page). A renderer computes nothing:
 * everything it writes is a field of the scorecard.
 */
@NullMarked
package org.okr4j.report.render;

import org.jspecify.annotations.NullMarked;
