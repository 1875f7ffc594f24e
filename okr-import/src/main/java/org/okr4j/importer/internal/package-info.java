/** Not part of the API: reading tables out of documents and turning rows into key results. */
@NullMarked
package org.okr4j.importer.internal;

import org.jspecify.annotations.NullMarked;
