package id.terampil.core.applicant;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import id.terampil.core.internal.Codes;
import java.util.Optional;

/**
 * What the occupation field (pekerjaan) of a KTP, a KK or a roster says: the employment status it
 * names, and, where it names no one status, the occupation as written (then the status is {@link
 * EmploymentStatus#OTHER}), as an {@link Applicant} keeps them.
 *
 * @param status the status, not null
 * @param unmapped the occupation as written, present exactly when {@code status} is {@link
 *     EmploymentStatus#OTHER}
 * @since 0.1.0
 */
public record Occupation(EmploymentStatus status, Optional<String> unmapped) {

  /**
   * The longest text read as an occupation that names no status, in characters (the longest
   * occupation in Dukcapil's list has 53).
   */
  public static final int MAX_LENGTH = 64;

  /** What an occupation holds besides ASCII letters, as Dukcapil's list writes them. */
  private static final String PUNCTUATION = " /.,-()'";

  /**
   * Checks the pairing of status and occupation.
   *
   * @param status the status, not null
   * @param unmapped the occupation as written, present exactly for {@link EmploymentStatus#OTHER}
   * @throws IllegalArgumentException if the occupation is present for a status other than {@link
   *     EmploymentStatus#OTHER}, or absent for it, or is not text an applicant may keep ({@link
   *     Applicant#occupation()})
   */
  public Occupation {
    check(status, unmapped);
  }

  /**
   * The one rule pairing a status and an occupation, for this record and {@link Applicant}: an
   * occupation is kept exactly for {@link EmploymentStatus#OTHER}, as text an applicant may keep.
   */
  static void check(EmploymentStatus status, Optional<String> unmapped) {
    checkNotNull(status, "status must not be null");
    checkNotNull(unmapped, "unmapped occupation must not be null");
    checkArgument(
        unmapped.isPresent() == (status == EmploymentStatus.OTHER),
        "an applicant has an occupation exactly when the employment status is OTHER: %s with %s",
        status,
        unmapped.isPresent() ? "an occupation" : "no occupation");
    unmapped.ifPresent(text -> Codes.checkText("occupation", text));
  }

  /**
   * Reads an occupation field: a status as {@link EmploymentStatus#read} reads it, or else an
   * occupation that names no one status, such as {@code GURU}, {@code SOPIR} or {@code TUKANG
   * JAHIT}, kept as written (stripped) with {@link EmploymentStatus#OTHER}. Such an occupation is
   * at most {@value #MAX_LENGTH} characters of ASCII letters, spaces and the punctuation of
   * Dukcapil's list ({@code / . , - ( ) '}), with at least two letters: digits, other symbols and
   * other scripts are no occupation ({@code 12}, {@code ${1+1}} and {@code <b>} are not read).
   *
   * @param text the text, not null
   * @return the occupation, or empty if the text is neither a status nor an occupation
   */
  public static Optional<Occupation> read(CharSequence text) {
    Optional<EmploymentStatus> status = EmploymentStatus.read(text);
    if (status.isPresent()) {
      return Optional.of(new Occupation(status.get(), Optional.empty()));
    }
    String s = text.toString().strip();
    if (s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) {
        letters++;
      } else if (PUNCTUATION.indexOf(ch) < 0) {
        return Optional.empty();
      }
    }
    return letters >= 2
        ? Optional.of(new Occupation(EmploymentStatus.OTHER, Optional.of(s)))
        : Optional.empty();
  }
}
