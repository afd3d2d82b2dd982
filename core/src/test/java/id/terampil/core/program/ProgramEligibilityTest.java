package id.terampil.core.program;

import id.terampil.core.classification.Skills;

import id.terampil.core.identity.ProgramId;

import id.terampil.core.identity.CohortId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramEligibilityTest {

  private static final RegionCode KOTA = RegionCode.parse("33.75");
  private static final RegionCode KELURAHAN = RegionCode.parse("33.75.01.1006");
  private static final Period PERIOD = Period.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 27));

  private static Cohort.Builder cohort(String id) {
    return Cohort.builder()
        .id(CohortId.of(id))
        .addSkills(Skills.SEWING)
        .period(Period.of(LocalDate.of(2024, 7, 2), LocalDate.of(2024, 7, 3)))
        .seats(Seats.exactly(40));
  }

  private static TrainingProgram.Builder program(Cohort... cohorts) {
    return TrainingProgram.builder()
        .id(ProgramId.of("PKL-DBHCHT-2024"))
        .title("Pelatihan keterampilan DBHCHT")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(Organizer.of("Dinas Perindustrian dan Tenaga Kerja", AgencyKind.DINAS, KOTA))
        .fiscalYear(2024)
        .addFunding(Funding.builder().source(FundingSource.DBHCHT).fiscalYear(2024).build())
        .period(PERIOD)
        .addCohorts(cohorts);
  }

  @Test
  void a_cohort_override_replaces_the_program_rule_of_the_same_kind_and_keeps_the_others() {
    Cohort kergon = cohort("BENDAN-KERGON")
        .eligibilityOverride(EligibilityPolicy.of(EligibilityRule.residentOf(KELURAHAN)))
        .build();
    TrainingProgram program = program(kergon)
        .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge(), EligibilityRule.residentOf(KOTA)))
        .build();

    List<EligibilityRule> rules = program.eligibilityOf(kergon).rules();

    assertEquals(List.of(EligibilityRule.productiveAge(), EligibilityRule.residentOf(KELURAHAN)), rules);
  }

  @Test
  void without_an_override_the_program_policy_applies_and_without_either_anyone_may_apply() {
    Cohort plain = cohort("PLAIN").build();
    EligibilityPolicy policy = EligibilityPolicy.of(EligibilityRule.productiveAge());

    assertEquals(policy, program(plain).eligibility(policy).build().eligibilityOf(plain));
    assertTrue(program(plain).build().eligibilityOf(plain).rules().isEmpty());
  }

  @Test
  void a_cohort_built_with_default_training_days_keeps_its_eligibility_override() {
    EligibilityPolicy override = EligibilityPolicy.of(EligibilityRule.residentOf(KELURAHAN));
    Cohort kergon = cohort("BENDAN-KERGON").eligibilityOverride(override).build();

    assertEquals(override, kergon.eligibilityOverride().orElseThrow());
  }
}
