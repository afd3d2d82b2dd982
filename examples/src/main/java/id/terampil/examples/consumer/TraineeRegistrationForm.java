package id.terampil.examples.consumer;

import id.terampil.core.region.RegionLevel;
import id.terampil.validation.constraints.DeclaredIdentity;
import id.terampil.validation.constraints.NikMatchesDeclaredData;
import id.terampil.validation.constraints.ProductiveAge;
import id.terampil.validation.constraints.ValidKbli;
import id.terampil.validation.constraints.ValidNik;
import id.terampil.validation.constraints.ValidPersonName;
import id.terampil.validation.constraints.ValidRegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A registration form of the user's own application (not a Terampil type): a plain mutable DTO
 * as a web form or JSON binder fills it, annotated with Terampil's Bean Validation constraints
 * next to the standard ones. Constraints sit on fields, which every Bean Validation provider
 * reads; the class-level {@link NikMatchesDeclaredData} compares the NIK with the declared birth
 * date, sex and domicile through {@link DeclaredIdentity}.
 */
@NikMatchesDeclaredData
public class TraineeRegistrationForm implements DeclaredIdentity {

  // tag::form-fields[]
  @NotNull @ValidNik private @Nullable String nik;

  @NotBlank @ValidPersonName private @Nullable String name;

  @NotNull private @Nullable String sex; // "L" or "P", as on the KTP

  @NotNull @ProductiveAge private @Nullable LocalDate birthDate;

  @NotNull
  @ValidRegionCode(level = RegionLevel.VILLAGE)
  private @Nullable String domicile;

  @ValidKbli private @Nullable String businessKbli; // optional: null is valid
  // end::form-fields[]

  /** Creates an empty form. */
  public TraineeRegistrationForm() {}

  /**
   * Creates a filled form.
   *
   * @param nik the NIK text
   * @param name the name
   * @param sex {@code L} or {@code P}
   * @param birthDate the birth date
   * @param domicile the village code of domicile
   * @param businessKbli the KBLI code of the applicant's business, or null
   */
  public TraineeRegistrationForm(
      @Nullable String nik,
      @Nullable String name,
      @Nullable String sex,
      @Nullable LocalDate birthDate,
      @Nullable String domicile,
      @Nullable String businessKbli) {
    this.nik = nik;
    this.name = name;
    this.sex = sex;
    this.birthDate = birthDate;
    this.domicile = domicile;
    this.businessKbli = businessKbli;
  }

  /**
   * Returns the NIK text.
   *
   * @return the NIK, or null
   */
  public @Nullable String getNik() {
    return nik;
  }

  /**
   * Returns the name.
   *
   * @return the name, or null
   */
  public @Nullable String getName() {
    return name;
  }

  /**
   * Returns the sex code.
   *
   * @return {@code L}, {@code P}, or null
   */
  public @Nullable String getSex() {
    return sex;
  }

  /**
   * Returns the birth date.
   *
   * @return the date, or null
   */
  public @Nullable LocalDate getBirthDate() {
    return birthDate;
  }

  /**
   * Returns the village code of domicile.
   *
   * @return the code, or null
   */
  public @Nullable String getDomicile() {
    return domicile;
  }

  /**
   * Returns the KBLI code of the applicant's business.
   *
   * @return the code, or null
   */
  public @Nullable String getBusinessKbli() {
    return businessKbli;
  }

  @Override
  public @Nullable CharSequence declaredNik() {
    return nik;
  }

  @Override
  public @Nullable LocalDate declaredBirthDate() {
    return birthDate;
  }

  @Override
  public @Nullable CharSequence declaredSex() {
    return sex;
  }

  @Override
  public @Nullable CharSequence declaredRegion() {
    return domicile;
  }
}
