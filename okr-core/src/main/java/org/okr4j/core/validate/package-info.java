/**
 * Semantic validation of a built report: what okr-core's builders accept because each value is
 * well-formed on its own, but a careful reader would question — a share whose part exceeds its
 * whole, a value outside its metric's bounds, the same days checked in twice, a title of invisible
 * characters. {@link org.okr4j.core.validate.ReportValidator#validate} lists {@link
 * org.okr4j.core.validate.ValidationFinding}s, each an error or a warning at a JSON path of the
 * report. okr-json refuses a document with an error and hands the warnings to its caller.
 */
@NullMarked
package org.okr4j.core.validate;

import org.jspecify.annotations.NullMarked;
