/**
 * The okr4j JSON format ({@code "okr4j/1"}) for OKR reports: {@link org.okr4j.json.OkrJson} reads
 * and writes reports without touching Jackson; {@link org.okr4j.json.OkrJsonModule} plugs the same
 * reader and writer into a Jackson 3 mapper.
 *
 * <p>Reading is strict and streaming: any problem throws {@link org.okr4j.json.OkrJsonException}
 * naming the JSON path, line and column; {@link org.okr4j.json.ReadLimits} bounds what a hostile
 * document can cost. Writing produces the canonical form described in the module's FORMAT.md, which
 * reads back to exactly the same values, stated precision included.
 */
@NullMarked
package org.okr4j.json;

import org.jspecify.annotations.NullMarked;
