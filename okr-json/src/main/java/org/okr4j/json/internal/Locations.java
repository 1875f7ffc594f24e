package org.okr4j.json.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okr4j.core.time.Period;
import org.okr4j.core.validate.ValidationFinding;
import org.okr4j.json.OkrJsonException;

/**
 * Where each objective, key result and check-in of a document was read, so that a finding of the
 * validator (whose paths follow the model, check-ins in period order) is reported at the line and
 * column of the object it concerns, with the document's own JSON path. One location per object: the
 * reader keeps nothing else of the document.
 */
final class Locations {
  private static final String CHECK_INS = "/checkIns/";

  /** One per objective and key result, in reading order; indexed by path only when needed. */
  private final List<Entry> entries = new ArrayList<>();

  private @Nullable Map<String, Loc> objects;
  private @Nullable Map<String, Loc[]> checkIns;

  /** An object read at {@code path}, and its check-ins' locations in period order (or none). */
  private static final class Entry {
    final JsonPath path;
    final Loc loc;
    final Loc @Nullable [] checkIns;

    Entry(JsonPath path, Loc loc, Loc @Nullable [] checkIns) {
      this.path = path;
      this.loc = loc;
      this.checkIns = checkIns;
    }
  }

  void object(JsonPath path, Loc loc) {
    entries.add(new Entry(path, loc, null));
  }

  /** A key result and its check-ins, as read; the model sorts check-ins by period. */
  void keyResult(JsonPath path, Loc loc, List<Raw.CheckIn> read) {
    if (read.isEmpty()) {
      entries.add(new Entry(path, loc, null));
      return;
    }
    List<Raw.CheckIn> sorted = read;
    if (!inPeriodOrder(read)) {
      sorted = new ArrayList<>(read);
      sorted.sort(Comparator.comparing(c -> Objects.requireNonNull(c.period)));
    }
    Loc[] locs = new Loc[sorted.size()];
    for (int i = 0; i < locs.length; i++) {
      locs[i] = sorted.get(i).loc;
    }
    entries.add(new Entry(path, loc, locs));
  }

  private static boolean inPeriodOrder(List<Raw.CheckIn> read) {
    for (int i = 1; i < read.size(); i++) {
      Period before = Objects.requireNonNull(read.get(i - 1).period);
      if (before.compareTo(Objects.requireNonNull(read.get(i).period)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The paths are printed only when a finding asks where it is: most documents have none. */
  private void index() {
    if (objects != null) {
      return;
    }
    Map<String, Loc> byPath = new HashMap<>();
    Map<String, Loc[]> checkInsByPath = new HashMap<>();
    for (Entry e : entries) {
      String key = e.path.toString();
      byPath.put(key, e.loc);
      if (e.checkIns != null) {
        checkInsByPath.put(key, e.checkIns);
      }
    }
    objects = byPath;
    checkIns = checkInsByPath;
  }

  ValidationFinding located(ValidationFinding f) {
    Where w = where(f.path());
    String path = w.loc.path() + w.rest;
    return path.equals(f.path())
        ? f
        : ValidationFinding.of(f.severity(), path, f.rule(), f.message());
  }

  /** An error at the line and column of the object the finding concerns. */
  OkrJsonException error(ValidationFinding f) {
    Where w = where(f.path());
    return new OkrJsonException(
        w.loc.path() + w.rest,
        w.loc.line(),
        w.loc.column(),
        f.message() + " (rule " + f.rule() + ")",
        null);
  }

  private record Where(Loc loc, String rest) {}

  private Where where(String path) {
    index();
    Map<String, Loc> objects = Objects.requireNonNull(this.objects);
    Map<String, Loc[]> checkIns = Objects.requireNonNull(this.checkIns);
    int c = path.lastIndexOf(CHECK_INS);
    if (c >= 0) {
      Loc[] locs = checkIns.get(path.substring(0, c));
      int start = c + CHECK_INS.length();
      int end = path.indexOf('/', start);
      String index = end < 0 ? path.substring(start) : path.substring(start, end);
      if (locs != null) {
        int i = Integer.parseInt(index);
        return new Where(locs[i], end < 0 ? "" : path.substring(end));
      }
    }
    for (int cut = path.length(); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
      Loc loc = objects.get(path.substring(0, cut));
      if (loc != null) {
        return new Where(loc, path.substring(cut));
      }
    }
    return new Where(new Loc(JsonPath.ROOT, 1, 1), path);
  }
}
