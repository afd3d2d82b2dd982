package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.applicant.Applicant;
import org.jspecify.annotations.Nullable;

/**
 * The appointment of one person into a cohort filled by {@linkplain Intake#NOMINATION nomination}
 * (penunjukan peserta), in one of the cohort's roles, e.g. a centre manager or a coach of a sentra
 * IKM. Whether the nominee may take a seat is decided by the cohort's {@link Admission}; see
 * {@link Admission#nominate}.
 *
 * <p>Immutable, thread-safe and value-based. {@link #toString()} masks the person.
 *
 * @since 0.1.0
 */
public final class Nomination {

  private final Applicant person;
  private final ParticipantRole role;

  private Nomination(Applicant person, ParticipantRole role) {
    this.person = person;
    this.role = role;
  }

  /**
   * Returns the nomination of {@code person} in {@code role}.
   *
   * @param person the person, not null
   * @param role the role, not null
   * @return the nomination, not null
   */
  public static Nomination of(Applicant person, ParticipantRole role) {
    return new Nomination(
        checkNotNull(person, "person must not be null"), checkNotNull(role, "role must not be null"));
  }

  /**
   * Returns the person nominated.
   *
   * @return the person, not null
   */
  public Applicant person() {
    return person;
  }

  /**
   * Returns the role.
   *
   * @return the role, not null
   */
  public ParticipantRole role() {
    return role;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Nomination
        && ((Nomination) obj).person.equals(person)
        && ((Nomination) obj).role == role;
  }

  @Override
  public int hashCode() {
    return 31 * person.hashCode() + role.hashCode();
  }

  /**
   * Returns the masked NIK and the role.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Nomination{nik=" + person.nik().masked() + ", role=" + role + "}";
  }
}
