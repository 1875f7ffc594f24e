/**
 * The implementation of the okr4j JSON format: a streaming reader, a canonical writer and their
 * Jackson adapters. Not part of the API: the {@code org.okr4j.json} module does not export it.
 */
@NullMarked
package org.okr4j.json.internal;

import org.jspecify.annotations.NullMarked;
