package id.terampil.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EmploymentStatus#OTHER} and {@link Applicant#occupation()}: an occupation that names no
 * one status is kept as declared, exactly with {@code OTHER}.
 */
class ApplicantOccupationTest {

  private static final LocalDate BIRTH = LocalDate.of(1988, 3, 9);
  private static final Nik NIK = Nik.of(RegionCode.parse("33.75.01"), BIRTH, Sex.MALE, 7);

  private static Applicant.Builder builder(EmploymentStatus employment) {
    Applicant.Builder b = Applicant.builder();
    b.nik(NIK)
        .name(PersonName.of("Budi Contoh"))
        .sex(Sex.MALE)
        .birthDate(BIRTH)
        .domicile(RegionCode.parse("33.75.01.1006"))
        .education(EducationLevel.D4_S1)
        .employment(employment);
    return b;
  }

  @Test
  void anOtherStatusKeepsTheOccupationAsDeclared() {
    Applicant a = builder(EmploymentStatus.OTHER).occupation("GURU").build();
    assertEquals(EmploymentStatus.OTHER, a.employment());
    assertEquals(Optional.of("GURU"), a.occupation());
  }

  @Test
  void anOtherStatusWithoutAnOccupationIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> builder(EmploymentStatus.OTHER).build());
    assertTrue(e.getMessage().contains("occupation exactly when"), e.getMessage());
    assertTrue(e.getMessage().contains("OTHER with no occupation"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = EmploymentStatus.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void anOccupationWithAnotherStatusIsRefused(EmploymentStatus status) {
    assertEquals(Optional.empty(), builder(status).build().occupation());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> builder(status).occupation("GURU").build());
    assertTrue(e.getMessage().contains(status + " with an occupation"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GURU\u0000", "GU\nRU", "\u202eGURU", "", "   "})
  void anOccupationWithControlCharactersOrNoTextIsRefused(String occupation) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder(EmploymentStatus.OTHER).occupation(occupation).build());
    assertTrue(e.getMessage().startsWith("occupation must not"), e.getMessage());
  }

  @Test
  void anOccupationLongerThanThreeHundredCharactersIsRefused() {
    assertEquals(
        300, builder(EmploymentStatus.OTHER).occupation("A".repeat(300)).build().occupation().get().length());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder(EmploymentStatus.OTHER).occupation("A".repeat(301)).build());
    assertTrue(e.getMessage().contains("at most 300"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"OTHER", "other", "GURU", "SOPIR"})
  void noTextIsReadAsOther(String text) {
    assertEquals(Optional.empty(), EmploymentStatus.read(text));
  }
}
