package org.okr4j.core.model;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.okr4j.core.internal.Checks;
import org.okr4j.core.time.FiscalCalendar;
import org.okr4j.core.time.Period;

/**
 * A report of objectives for a period under a fiscal calendar: the Wikimedia Technology
 * department's Q3 FY2019/20 deck is one.
 *
 * <p>Objective and key result ids are unique across the whole report, nested objectives included,
 * and a fiscal period of the report is of the report's calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Report {
  Report() {}

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The report's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Who the report is by.
   *
   * @return the organisation, if named
   */
  public abstract Optional<String> organization();

  /**
   * The fiscal calendar its periods follow.
   *
   * @return the calendar
   */
  public abstract FiscalCalendar calendar();

  /**
   * The period the report covers.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The top-level objectives, in report order.
   *
   * @return the objectives
   */
  public abstract List<Objective> objectives();

  /**
   * Every objective, depth first in report order: each objective before its children.
   *
   * @return all objectives, in a list that cannot be modified
   */
  public List<Objective> allObjectives() {
    List<Objective> all = new ArrayList<>();
    for (Objective o : objectives()) {
      collect(o, all);
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Every key result, in the order of {@link #allObjectives()}.
   *
   * @return all key results, in a list that cannot be modified
   */
  public List<KeyResult> allKeyResults() {
    List<KeyResult> all = new ArrayList<>();
    for (Objective o : allObjectives()) {
      all.addAll(o.keyResults());
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * The key result with an id.
   *
   * @param id the id
   * @return the key result, or empty
   */
  public Optional<KeyResult> keyResult(String id) {
    Checks.notNull(id, "key result id");
    return allKeyResults().stream().filter(k -> k.id().equals(id)).findFirst();
  }

  /**
   * The objective with an id.
   *
   * @param id the id
   * @return the objective, or empty
   */
  public Optional<Objective> objective(String id) {
    Checks.notNull(id, "objective id");
    return allObjectives().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * The derived figure with an id.
   *
   * @param id the id
   * @return the derived figure, or empty
   */
  public Optional<DerivedFigure> derivedFigure(String id) {
    Checks.notNull(id, "derived figure id");
    for (Objective o : allObjectives()) {
      for (DerivedFigure d : o.derivedFigures()) {
        if (d.id().equals(id)) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  private static void collect(Objective o, List<Objective> into) {
    into.add(o);
    for (Objective child : o.children()) {
      collect(child, into);
    }
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "report title");
    period()
        .fiscalCalendar()
        .ifPresent(
            c ->
                Checks.argument(
                    c.equals(calendar()),
                    "report period %s is of a %s, but the report's calendar is a %s",
                    period().label(),
                    c,
                    calendar()));
    List<Objective> all = allObjectives();
    int idCount = all.size();
    for (Objective o : all) {
      idCount += o.keyResults().size();
    }
    // Sized for every id at once: no table is outgrown and copied while they are added.
    Set<String> ids = Sets.newHashSetWithExpectedSize(idCount);
    for (Objective o : all) {
      Checks.argument(ids.add(o.id()), "id \"%s\" is used twice in the report", o.id());
      for (KeyResult k : o.keyResults()) {
        Checks.argument(ids.add(k.id()), "id \"%s\" is used twice in the report", k.id());
      }
    }
    Set<String> derived = new HashSet<>();
    for (Objective o : all) {
      for (DerivedFigure d : o.derivedFigures()) {
        Checks.argument(
            derived.add(d.id()), "derived figure id \"%s\" is used twice in the report", d.id());
      }
    }
  }

  /** Builds a {@link Report}; {@code title}, {@code calendar} and {@code period} are required. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }
}
