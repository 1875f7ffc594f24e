package org.okr4j.core.audit;

import java.util.List;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.quantity.Quantity;

/**
 * One basis of recomputing a figure, with its inputs and formula text.
 *
 * @param basis the basis in words
 * @param claimed whether it is the reading the report claims
 * @param kind the formula's kind
 * @param inputs the figures it is computed from, as printed
 * @param formula the formula
 * @param formulaText the formula in words
 * @param substituted the formula with the printed inputs
 */
record Reading(
    String basis,
    boolean claimed,
    DerivationKind kind,
    List<Quantity> inputs,
    DerivationFormula formula,
    String formulaText,
    String substituted) {}
