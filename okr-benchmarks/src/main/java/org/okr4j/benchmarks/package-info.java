/**
 * JMH benchmarks of okr4j against hand-written floors, and the suite that runs them and writes
 * {@code BENCHMARKS.md}. Not a library.
 */
@NullMarked
package org.okr4j.benchmarks;

import org.jspecify.annotations.NullMarked;
