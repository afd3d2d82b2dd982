package id.terampil.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link Applicant#ageOn} counts as {@link Period#between} does, leap days included. */
class AgeProperties {

  @Property
  void ageIsTheYearsOfThePeriodBetweenBirthAndDate(
      @ForAll @IntRange(min = 0, max = 40_000) int birthDay,
      @ForAll @IntRange(min = 0, max = 40_000) int daysAfter) {
    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(birthDay);
    LocalDate date = birth.plusDays(daysAfter);
    Applicant a =
        Applicant.builder()
            .nik(Nik.of(RegionCode.parse("33.75.01"), birth, Sex.MALE, 7))
            .name(PersonName.of("Budi Contoh"))
            .sex(Sex.MALE)
            .birthDate(birth)
            .domicile(RegionCode.parse("33.75.01.1006"))
            .education(EducationLevel.SD)
            .employment(EmploymentStatus.UNEMPLOYED)
            .build();
    assertEquals(Period.between(birth, date).getYears(), a.ageOn(date));
  }
}
