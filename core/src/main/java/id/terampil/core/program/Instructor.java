package id.terampil.core.program;

import id.terampil.core.identity.PersonName;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An instructor (instruktur / narasumber / pelatih) of a cohort, with where they come from.
 *
 * <p>{@link #toString()} masks the name, which is personal data. Immutable, thread-safe and
 * value-based; equal when all attributes are equal (names compare as {@link PersonName} does).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Instructor {

  /** Where an instructor comes from. */
  public enum Affiliation {
    /** Government: an agency, a BLK or BPVP (instruktur pemerintah). */
    GOVERNMENT,
    /** Business: a practitioner or company (praktisi / pelaku usaha). */
    BUSINESS,
    /** Academia: a university, polytechnic or school (akademisi). */
    ACADEMIA,
    /** Community: an association, cooperative or community organisation (komunitas). */
    COMMUNITY
  }

  Instructor() {}

  /**
   * Returns the instructor's name.
   *
   * @return the name, not null
   */
  public abstract PersonName name();

  /**
   * Returns where the instructor comes from.
   *
   * @return the affiliation, not null
   */
  public abstract Affiliation affiliation();

  /**
   * Returns the instructor's organisation, e.g. "BLK Kota Pekalongan", if given.
   *
   * @return the organisation, or empty
   */
  public abstract Optional<String> organisation();

  /**
   * Returns an instructor without an organisation.
   *
   * @param name the name, not null
   * @param affiliation the affiliation, not null
   * @return the instructor, not null
   */
  public static Instructor of(PersonName name, Affiliation affiliation) {
    return builder().name(name).affiliation(affiliation).build();
  }

  /**
   * Returns a builder; {@code name} and {@code affiliation} are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Instructor}. */
  public static final class Builder extends ImmutableInstructor.Builder {
    /** Creates an empty builder; prefer {@link Instructor#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    ProgramChecks.optionalText("instructor organisation", organisation());
  }

  /**
   * Returns a description with the name masked, e.g. {@code Instructor{name=S*** A*****,
   * affiliation=BUSINESS}}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Instructor{name=" + name().masked() + ", affiliation=" + affiliation()
        + organisation().map(o -> ", organisation=" + o).orElse("") + "}";
  }
}
