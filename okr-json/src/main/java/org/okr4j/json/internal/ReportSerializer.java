package org.okr4j.json.internal;

import org.okr4j.core.model.Report;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Report} for a Jackson mapper, in the canonical member order and forms. */
public final class ReportSerializer extends StdSerializer<Report> {
  /** Creates the serializer. */
  public ReportSerializer() {
    super(Report.class);
  }

  @Override
  public void serialize(Report value, JsonGenerator gen, SerializationContext provider) {
    ReportWriter.write(gen, value);
  }
}
