package org.okr4j.json.internal;

import org.okr4j.core.model.Report;
import org.okr4j.json.OkrJsonException;
import org.okr4j.json.ReadLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Report} for a Jackson mapper, with the module's limits. */
public final class ReportDeserializer extends StdDeserializer<Report> {
  private final ReadLimits limits;

  /**
   * Creates the deserializer.
   *
   * @param limits the limits enforced beside the mapper's own stream read constraints
   */
  public ReportDeserializer(ReadLimits limits) {
    super(Report.class);
    this.limits = limits;
  }

  @Override
  public Report deserialize(JsonParser p, DeserializationContext ctxt) {
    return ReportReader.read(p, limits);
  }

  /** A JSON {@code null} is not a report: refused like any other non-object. */
  @Override
  public Report getNullValue(DeserializationContext ctxt) {
    TokenStreamLocation l = ctxt.getParser().currentTokenLocation();
    throw new OkrJsonException(
        "", l.getLineNr(), l.getColumnNr(), "expected a report object, found null", null);
  }
}
