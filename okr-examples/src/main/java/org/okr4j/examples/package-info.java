/**
 * Programs that use okr4j: {@link org.okr4j.examples.Scorecard} reproduces the Wikimedia Technology
 * department's Q3 FY2019/20 OKR deck, and {@link org.okr4j.examples.InternalToolExample} shows how
 * an internal tool builds and scores an objective in code.
 */
@NullMarked
package org.okr4j.examples;

import org.jspecify.annotations.NullMarked;
