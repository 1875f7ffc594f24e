package org.okr4j.core.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.model.DerivationKind;
import org.okr4j.core.model.StatedFigure;

/**
 * A derived figure to audit, with its readings, the claimed one first when it could be built.
 *
 * @param objectiveId the objective it belongs to
 * @param keyResultId the key result it belongs to, if any
 * @param location where it stands
 * @param kind what kind of figure it is
 * @param derivationKind the kind of its claimed derivation
 * @param stated the figure as printed
 * @param claimedBasis the claimed basis in words, used when no claimed reading could be built
 * @param readings the readings, claimed first
 */
record AuditedFigure(
    String objectiveId,
    @Nullable String keyResultId,
    String location,
    FigureKind kind,
    DerivationKind derivationKind,
    StatedFigure stated,
    String claimedBasis,
    List<Reading> readings) {}
