package id.terampil.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.classification.Skills;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Admission;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import id.terampil.testkit.ApplicantArbitrary;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.Test;

/**
 * A program that is not one of the seeds, written against the public API alone: a business-growth
 * course of Kabupaten Banyumas (33.02, from the 2025 Kemendagri list; the program and every person
 * are synthetic) for women who run a micro food business (KBLI 10) at least a year old and hold an
 * NIB, the last a local rule of one line. The testkit generates applicants who meet every
 * criterion, and applicants who break each one alone.
 */
class WomenFoodBusinessProgramTest {

  private static final LocalDate CLOSE = LocalDate.of(2026, 6, 30);
  private static final CohortId COHORT = CohortId.of("BMS26-UMKM-PANGAN-1");

  private static final EligibilityRule HOLDS_NIB =
      EligibilityRule.custom("PUNYA_NIB", "memiliki NIB", "holds an NIB",
          (applicant, context) -> applicant.holdsValid(DocumentKind.NIB, context.referenceDate()));

  private static final TrainingProgram PROGRAM =
      TrainingProgram.builder()
          .id(ProgramId.of("BMS-UMKM-PANGAN-2026"))
          .title("Pelatihan Pengembangan Usaha Mikro Pangan bagi Perempuan")
          .kind(ProgramKind.ENTREPRENEURSHIP)
          .organizer(
              Organizer.of(
                  "Dinas Koperasi dan Usaha Mikro", AgencyKind.DINAS, RegionCode.parse("33.02")))
          .fiscalYear(2026)
          .addFunding(Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2026))
          .period(DateRange.ofClosed(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 24)))
          .addRegionsServed(RegionCode.parse("33.02"))
          .eligibility(
              EligibilityPolicy.of(
                  EligibilityRule.productiveAge(),
                  EligibilityRule.onlySex(Sex.FEMALE),
                  EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO),
                  EligibilityRule.businessKbliStartingWith("10"),
                  EligibilityRule.businessAgeAtLeastMonths(12),
                  HOLDS_NIB))
          .addCohorts(
              Cohort.builder()
                  .id(COHORT)
                  .addSkills(Skills.ENTREPRENEURSHIP_MANAGEMENT)
                  .period(DateRange.ofClosed(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 24)))
                  .seats(Seats.exactly(30))
                  .build())
          .build();

  private static final Admission ADMISSION = PROGRAM.admission(COHORT);

  /** Applicants of the course; the NIB, which the custom rule reads, is the data we give. */
  private static ApplicantArbitrary applicants() {
    return TerampilArbitraries.applicants(PROGRAM, CLOSE)
        .withCustomRuleData(
            "PUNYA_NIB",
            Arbitraries.integers().between(0, 1_000).map(CLOSE::minusDays),
            Arbitraries.integers().between(1, 30).map(CLOSE::plusDays),
            (applicant, issued) -> applicant.addDocuments(Document.of(DocumentKind.NIB, issued)));
  }

  private static EligibilityDecision decide(Applicant applicant) {
    return ADMISSION.decide(applicant, CLOSE, ParticipationHistory.empty());
  }

  @Test
  void theCriteriaReadBackFromThePolicy() {
    List<EligibilityRule> rules = ADMISSION.policy().rules();
    assertTrue(
        rules.stream()
            .anyMatch(r -> r instanceof EligibilityRule.BusinessKbli k && k.prefixes().equals(Set.of("10"))));
    assertTrue(
        rules.stream()
            .anyMatch(r -> r instanceof EligibilityRule.BusinessAge a && a.minMonths() == 12));
    assertTrue(rules.stream().anyMatch(r -> r instanceof EligibilityRule.SexIs s && s.sex() == Sex.FEMALE));
  }

  @Test
  void generatedApplicantsMeetEveryCriterion() {
    for (Applicant a : Samples.list(applicants(), 300, 26L)) {
      assertTrue(decide(a).isEligible(), () -> a + " " + decide(a));
      assertEquals(Sex.FEMALE, a.sex());
      assertEquals("10", a.business().orElseThrow().kbli().division());
      assertEquals(BusinessSizeClass.MICRO, a.business().orElseThrow().sizeClass());
      assertTrue(!a.business().orElseThrow().startDate().orElseThrow().isAfter(CLOSE.minusMonths(12)));
    }
  }

  @Test
  void generatedIneligibleApplicantsBreakEachCriterionAlone() {
    Set<String> broken = new TreeSet<>();
    for (Applicant a : Samples.list(applicants().ineligibleShare(1.0), 600, 27L)) {
      List<UnmetRule> unmet = decide(a).unmet();
      assertEquals(1, unmet.size(), unmet::toString);
      broken.add(unmet.get(0).code());
    }
    assertTrue(
        broken.containsAll(
            Set.of(
                "AGE_BELOW_MIN",
                "AGE_ABOVE_MAX",
                "RESIDENCE_OUTSIDE_REGIONS",
                "SEX_NOT_ADMITTED",
                "BUSINESS_MISSING",
                "BUSINESS_SIZE_NOT_ADMITTED",
                "BUSINESS_KBLI_NOT_ADMITTED",
                "BUSINESS_AGE_BELOW_MIN",
                "PUNYA_NIB")),
        broken::toString);
  }

  @Test
  void theLocalRuleSpeaksIndonesianAndEnglishInTheDecision() {
    Applicant withoutNib =
        Samples.list(applicants().ineligibleShare(1.0), 600, 28L).stream()
            .filter(a -> decide(a).codes().contains("PUNYA_NIB"))
            .findFirst()
            .orElseThrow();
    UnmetRule unmet = decide(withoutNib).unmet().get(0);
    assertEquals("memiliki NIB", unmet.label().orElseThrow().in(Locale.forLanguageTag("id")));
    assertEquals("holds an NIB", unmet.label().orElseThrow().in(Locale.ENGLISH));
  }
}
