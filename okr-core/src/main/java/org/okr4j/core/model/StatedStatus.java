package org.okr4j.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A status set by hand and printed in a report ("Yellow"), with the reason given for it. okr4j
 * keeps it beside any status it derives and never overwrites it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatedStatus {
  StatedStatus() {}

  /**
   * A stated colour without a reason.
   *
   * @param color the colour
   * @return the status
   */
  public static StatedStatus of(StatusColor color) {
    return ImmutableStatedStatus.builder().color(color).build();
  }

  /**
   * A stated colour with its reason.
   *
   * @param color the colour
   * @param reason why it was set
   * @return the status
   */
  public static StatedStatus of(StatusColor color, String reason) {
    return ImmutableStatedStatus.builder().color(color).reason(reason).build();
  }

  /**
   * The colour.
   *
   * @return the colour
   */
  public abstract StatusColor color();

  /**
   * Why the colour was set.
   *
   * @return the reason, if given
   */
  public abstract Optional<String> reason();
}
