/**
 * The {@code okr} command: {@link org.okr4j.cli.Okr} and its subcommands. Parsing and printing live
 * here; every figure comes from okr-report and okr-core.
 */
@NullMarked
package org.okr4j.cli;

import org.jspecify.annotations.NullMarked;
