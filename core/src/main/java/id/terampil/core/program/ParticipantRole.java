package id.terampil.core.program;

import com.google.common.collect.ImmutableMap;
import id.terampil.core.internal.Wording;
import java.util.Optional;

/**
 * The role in which a person takes part in a cohort (peserta). Most programs train citizens who
 * apply; some train the people who run or support them, e.g. the managers, coaches and agency
 * staff of a small-industry centre (sentra IKM).
 *
 * @since 0.1.0
 */
public enum ParticipantRole {
  /** A citizen who applies for a place (warga / calon peserta). */
  CITIZEN_APPLICANT,
  /** A manager of an industry centre or facility (pengelola sentra IKM). */
  CENTRE_MANAGER,
  /** A coach or business mentor of trainees or businesses (pembina / pendamping). */
  COACH,
  /** A staff member of a government agency (staf dinas / ASN). */
  AGENCY_STAFF,
  /** A future instructor trained in a training-of-trainers course (calon instruktur, ToT). */
  TRAINER;

  private static final ImmutableMap<String, ParticipantRole> BY_NAME =
      Wording.byName(values()).buildOrThrow();

  /**
   * Reads a role by its constant's name, ignoring case and surrounding whitespace
   * ({@code coach}, {@code AGENCY_STAFF}).
   *
   * @param text the text, not null
   * @return the role, or empty if the text names none
   */
  public static Optional<ParticipantRole> read(CharSequence text) {
    return Optional.ofNullable(BY_NAME.get(Wording.key(text)));
  }
}
