package org.okr4j.importer.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a CSV table with jackson-dataformat-csv: the first record is the header; rows are grouped
 * into one table per value of the {@code objective} column, in order of first appearance.
 */
public final class CsvTables {
  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  private CsvTables() {}

  /** The tables of a CSV document, one per objective. */
  public static List<RawTable> read(Reader in) {
    List<List<String>> records = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        MAPPER.readerForListOf(String.class).with(CsvReadFeature.WRAP_AS_ARRAY).readValues(in)) {
      while (it.hasNextValue()) {
        records.add(it.nextValue());
      }
    }
    if (records.isEmpty()) {
      return List.of();
    }
    List<String> header = records.get(0);
    int objectiveColumn = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().toLowerCase(Locale.ROOT).equals("objective")) {
        objectiveColumn = i;
      }
    }
    Map<String, List<List<String>>> byObjective = new LinkedHashMap<>();
    for (List<String> row : records.subList(1, records.size())) {
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      String objective =
          objectiveColumn >= 0
                  && objectiveColumn < row.size()
                  && !row.get(objectiveColumn).isBlank()
              ? row.get(objectiveColumn).strip()
              : "Key results";
      byObjective.computeIfAbsent(objective, k -> new ArrayList<>()).add(row);
    }
    List<RawTable> tables = new ArrayList<>();
    for (Map.Entry<String, List<List<String>>> e : byObjective.entrySet()) {
      tables.add(new RawTable(tables.size() + 1, e.getKey(), header, e.getValue()));
    }
    return tables;
  }
}
