package id.terampil.core.applicant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
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
        Applicant.of(
            Nik.of(RegionCode.parse("33.75.01"), birth, Sex.MALE, 7),
            PersonName.of("Budi Contoh"),
            Sex.MALE,
            birth,
            RegionCode.parse("33.75.01.1006"),
            EducationLevel.SD,
            EmploymentStatus.UNEMPLOYED,
            List.of(),
            List.of(),
            Optional.empty());
    assertEquals(Period.between(birth, date).getYears(), a.ageOn(date));
  }
}
