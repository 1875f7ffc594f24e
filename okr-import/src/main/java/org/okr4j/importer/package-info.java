/**
 * Table import: {@link org.okr4j.importer.TableImport} reads a key-result table into an {@link
 * org.okr4j.importer.ImportResult}: a draft report and the {@link org.okr4j.importer.ReviewNote}s
 * for what it could not read with certainty.
 */
@NullMarked
package org.okr4j.importer;

import org.jspecify.annotations.NullMarked;
