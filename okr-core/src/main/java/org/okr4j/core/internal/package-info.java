/** Internal helpers of okr4j core; not exported. */
@NullMarked
package org.okr4j.core.internal;

import org.jspecify.annotations.NullMarked;
