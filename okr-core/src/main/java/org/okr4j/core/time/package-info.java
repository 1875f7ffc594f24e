/**
 * Reporting periods: fiscal years and quarters under a configurable fiscal-year start ({@link
 * org.okr4j.core.time.FiscalCalendar}), months and arbitrary date ranges ({@link
 * org.okr4j.core.time.Period}), and when a baseline was taken ({@link org.okr4j.core.time.AsOf}).
 *
 * <p>Wherever "now" matters, okr4j takes a {@link java.time.Clock} or a {@link
 * java.time.LocalDate}; nothing reads the system clock by itself.
 */
@NullMarked
package org.okr4j.core.time;

import org.jspecify.annotations.NullMarked;
