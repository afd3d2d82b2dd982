package id.terampil.core.identity;

import id.terampil.core.internal.Codes;
import id.terampil.core.region.RegionCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agency or body that organizes or co-organizes a training program (penyelenggara), such as a
 * dinas, a BLK or a Dekranasda, with the region it serves (wilayah kerja), usually a regency or
 * city such as Kota Pekalongan {@code 33.75}.
 *
 * <p>Immutable, thread-safe and value-based; equal when all attributes are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Organizer {

  Organizer() {}

  /**
   * Returns the full name, e.g. "Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the short name in common use, e.g. "Dinperinaker", if given.
   *
   * @return the short name, or empty
   */
  public abstract Optional<String> shortName();

  /**
   * Returns the kind of agency.
   *
   * @return the kind, not null
   */
  public abstract AgencyKind kind();

  /**
   * Returns the region the organizer serves.
   *
   * @return the region, not null
   */
  public abstract RegionCode region();

  /**
   * Returns an organizer.
   *
   * @param name the full name, not blank
   * @param kind the kind of agency, not null
   * @param region the region served, not null
   * @return the organizer, not null
   * @throws IllegalArgumentException if the name is blank, too long or holds control characters
   */
  public static Organizer of(String name, AgencyKind kind, RegionCode region) {
    return builder().name(name).kind(kind).region(region).build();
  }

  /**
   * Returns a builder; {@code name}, {@code kind} and {@code region} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organizer}. */
  public static final class Builder extends ImmutableOrganizer.Builder {
    /** Creates an empty builder; prefer {@link Organizer#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    Codes.checkText("organizer name", name());
    shortName().ifPresent(t -> Codes.checkText("organizer shortName", t));
  }
}
