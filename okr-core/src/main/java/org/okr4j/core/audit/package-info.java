/**
 * The figure audit: does a figure printed in a report follow from the figures it is derived from?
 *
 * <p>{@link org.okr4j.core.audit.FigureAudit} finds every derived figure a report prints — shares
 * ({@code 24.9% (238.9M/959.4M)}), scores restated as percentages ({@code 3.8/5 or 76%}), target
 * values computed from a change ({@code 2% (18 days)}), and percent changes printed beside
 * check-ins ({@code -1.4% (1151)}) — recomputes each, and gives a {@link
 * org.okr4j.core.audit.Verdict} with an explanation. See {@link org.okr4j.core.audit.FigureAudit}
 * for the interpretations it searches and their order.
 */
@NullMarked
package org.okr4j.core.audit;

import org.jspecify.annotations.NullMarked;
