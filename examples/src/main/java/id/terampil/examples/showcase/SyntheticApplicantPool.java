package id.terampil.examples.showcase;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Application;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A synthetic applicant pool drawn from the testkit: for each cohort, {@code seats x demand%}
 * applications from {@code TerampilArbitraries.applications(program, referenceDate)}, sampled
 * with {@link Samples#list} from a fixed seed, so the same program, date and pool give the same
 * applications on every run.
 *
 * <p>The testkit makes applicants that fit the cohort's eligibility policy (age, residence, target
 * groups, documents) and mixes in a share that breaks exactly one rule of it, e.g. a domicile
 * outside the regions a cohort serves. Registrations fall in the three weeks before the close of
 * registration. SYNTHETIC on top of that: every {@value #DUPLICATE_EVERY}th applicant registers a
 * second time the next day (same NIK), as happens at a counter, so that the showcase shows
 * duplicate rejections.
 *
 * @param demandPercent applications per 100 seats of each cohort, at least 1
 * @param ineligibleShare the share of applicants who break one eligibility rule, 0 to 1
 * @param seed the seed of the sampling
 */
public record SyntheticApplicantPool(int demandPercent, double ineligibleShare, long seed)
    implements ApplicantPool {

  /** Every how many applications one is registered twice. */
  static final int DUPLICATE_EVERY = 30;

  /** Checks the arguments. */
  public SyntheticApplicantPool {
    checkArgument(demandPercent >= 1, "demandPercent must be at least 1: %s", demandPercent);
    checkArgument(
        ineligibleShare >= 0 && ineligibleShare <= 1,
        "ineligibleShare must be between 0 and 1: %s",
        ineligibleShare);
  }

  @Override
  public ImmutableList<Application> applications(TrainingProgram program, LocalDate referenceDate) {
    List<Application> out = new ArrayList<>();
    int index = 0;
    for (Cohort cohort : program.cohorts()) {
      int count = (cohort.seats().max() * demandPercent + 99) / 100;
      List<Application> sampled =
          Samples.list(
              TerampilArbitraries.applications(program, referenceDate)
                  .forCohort(cohort.id())
                  .registeredBetween(
                      referenceDate.minusDays(21).atTime(8, 0), referenceDate.atTime(16, 0))
                  .ineligibleShare(ineligibleShare),
              count,
              seed * 1_000 + index++);
      for (Application a : sampled) {
        out.add(a);
        if (out.size() % DUPLICATE_EVERY == 0) {
          Application.Builder again =
              Application.builder()
                  .applicant(a.applicant())
                  .program(a.program())
                  .addAllCohortChoices(a.cohortChoices())
                  .registeredAt(a.registeredAt().plusDays(1));
          a.score().ifPresent(again::score);
          out.add(again.build());
        }
      }
    }
    out.sort(Comparator.comparing(Application::registeredAt));
    return ImmutableList.copyOf(out);
  }
}
