package id.terampil.validation.constraints;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a person declared about themselves next to their NIK, for the class-level
 * {@link NikMatchesDeclaredData} check. Implement it on a DTO (or a Java record) by returning
 * the DTO's own fields; the check reads nothing by reflection, so it works in any module
 * without opening packages.
 *
 * <p>Any method may return {@code null}: that value is not compared.
 *
 * @since 0.1.0
 */
public interface DeclaredIdentity {

  /**
   * Returns the NIK text as declared.
   *
   * @return the NIK text, or null
   */
  @Nullable CharSequence declaredNik();

  /**
   * Returns the declared birth date.
   *
   * @return the birth date, or null
   */
  @Nullable LocalDate declaredBirthDate();

  /**
   * Returns the declared sex as Indonesian forms and the KTP write it ({@code L}, {@code P},
   * {@code LAKI-LAKI}, {@code PEREMPUAN}, ..., read by {@link id.terampil.core.identity.Sex#read});
   * other values are not compared.
   *
   * @return the sex code, or null
   */
  @Nullable CharSequence declaredSex();

  /**
   * Returns the declared domicile region code, at any level; by default none, so the region is
   * not compared. A region outside the NIK's district of first registration is a violation when
   * given, though people move: return it only when that matters to you.
   *
   * @return the region code text, or null
   */
  default @Nullable CharSequence declaredRegion() {
    return null;
  }
}
