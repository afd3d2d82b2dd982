package id.terampil.core.program;

import id.terampil.core.region.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The place where a cohort is trained (tempat pelatihan), e.g. "Aula Kecamatan Bukit Batu" in
 * district {@code 62.71.02}, with an optional region and street address.
 *
 * <p>Immutable, thread-safe and value-based; equal when all attributes are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Venue {

  Venue() {}

  /**
   * Returns the name of the place, e.g. "Gedung YPK".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the region the venue lies in, at any level, if known.
   *
   * @return the region, or empty
   */
  public abstract Optional<RegionCode> region();

  /**
   * Returns the street address, if known.
   *
   * @return the address, or empty
   */
  public abstract Optional<String> address();

  /**
   * Returns a venue with only a name.
   *
   * @param name the name, not blank
   * @return the venue, not null
   * @throws IllegalArgumentException if the name is blank, too long or holds control characters
   */
  public static Venue of(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a venue with a name and region.
   *
   * @param name the name, not blank
   * @param region the region, not null
   * @return the venue, not null
   * @throws IllegalArgumentException if the name is blank, too long or holds control characters
   */
  public static Venue of(String name, RegionCode region) {
    return builder().name(name).region(region).build();
  }

  /**
   * Returns a builder; {@code name} is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Venue}. */
  public static final class Builder extends ImmutableVenue.Builder {
    /** Creates an empty builder; prefer {@link Venue#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    ProgramChecks.text("venue name", name());
    ProgramChecks.optionalText("venue address", address());
  }
}
