package id.terampil.examples.showcase;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CohortId;
import id.terampil.core.program.TargetGroup;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.testkit.TerampilArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A small synthetic applicant pool built from the testkit's foundation arbitraries (NIKs
 * registered in the applicant's district, person names, birth dates, villages within a region),
 * sampled deterministically from one fixed seed: the same program, date and profile give the same
 * applications on every run.
 *
 * <p><b>Temporary.</b> This class stands in until the testkit offers
 * {@code TerampilArbitraries.applications(program, referenceDate)} and {@code Samples.list(arbitrary,
 * count, seed)}; then {@link #applications} becomes one call to those and this class goes away.
 * Keep it small until then.
 *
 * <p>For each cohort the pool makes {@code seats x demand%} applications. Most applicants fit the
 * program: they live in a region the cohort serves, are 18 to 60 years old and belong to the
 * target groups of one of the {@linkplain Profile profiles}. A fixed share does not, so that the
 * showcase shows every kind of rejection: about 6 % live elsewhere ({@link
 * #outsideRegion}), 4 % are 66 to 75 years old, 4 % belong to no target group, and 3 % register a
 * second time with the same NIK. Job seekers of a profile with an AK/I card hold one issued in the
 * last 20 months. When a program's cohorts serve the same regions, half of the applicants name a
 * second cohort.
 *
 * @param demandPercent applications per 100 seats, at least 1
 * @param profiles who applies, with weights, not empty
 * @param outsideRegion the region where the applicants who live elsewhere live, not null
 * @param seed the seed of the sampling
 */
public record SyntheticApplicantPool(
    int demandPercent, ImmutableList<Profile> profiles, RegionCode outsideRegion, long seed)
    implements ApplicantPool {

  /**
   * One kind of applicant: the target groups they belong to, how often they apply relative to
   * the other profiles, and whether the job seekers among them hold an AK/I card.
   *
   * @param groups the target groups, not null, possibly empty
   * @param weight the relative frequency, at least 1
   * @param holdsAkiCard whether they hold a valid AK/I (kartu kuning)
   */
  public record Profile(ImmutableSet<TargetGroup> groups, int weight, boolean holdsAkiCard) {

    /** Checks the weight. */
    public Profile {
      checkArgument(weight >= 1, "profile weight must be at least 1: %s", weight);
    }

    /**
     * Returns a profile of members of {@code groups} without an AK/I card.
     *
     * @param weight the relative frequency, at least 1
     * @param groups the target groups
     * @return the profile, not null
     */
    public static Profile of(int weight, TargetGroup... groups) {
      return new Profile(ImmutableSet.copyOf(groups), weight, false);
    }

    /**
     * Returns this profile with an AK/I card held by its members.
     *
     * @return the profile, not null
     */
    public Profile withAkiCard() {
      return new Profile(groups, weight, true);
    }
  }

  /** Checks the arguments. */
  public SyntheticApplicantPool {
    checkArgument(demandPercent >= 1, "demandPercent must be at least 1: %s", demandPercent);
    checkArgument(!profiles.isEmpty(), "profiles must not be empty");
  }

  @Override
  public ImmutableList<Application> applications(TrainingProgram program, LocalDate referenceDate) {
    // jqwik's generators need a jqwik context (their memoization store), which sample() sets up
    // outside a property; every value is drawn from this pool's own seeded Random, never from
    // jqwik's, so the result is the same on every run.
    return Arbitraries.create(() -> generate(program, referenceDate)).sample();
  }

  private ImmutableList<Application> generate(TrainingProgram program, LocalDate referenceDate) {
    Random random = new Random(seed);
    boolean sameRegions =
        program.cohorts().stream().map(Cohort::regionsServed).distinct().count() == 1;
    List<Application> out = new ArrayList<>();
    int serial = 1;
    for (Cohort cohort : program.cohorts()) {
      int count = (cohort.seats().max() * demandPercent + 99) / 100;
      for (int i = 0; i < count; i++) {
        double misfit = random.nextDouble();
        Applicant applicant = applicant(program, cohort, referenceDate, random, misfit, serial++);
        ImmutableList.Builder<CohortId> choices = ImmutableList.<CohortId>builder().add(cohort.id());
        if (sameRegions && program.cohorts().size() > 1 && random.nextBoolean()) {
          Cohort other = program.cohorts().get(random.nextInt(program.cohorts().size()));
          if (!other.equals(cohort)) {
            choices.add(other.id());
          }
        }
        Application application =
            Application.builder()
                .applicant(applicant)
                .program(program.id())
                .addAllCohortChoices(choices.build())
                .registeredAt(
                    referenceDate
                        .minusDays(2 + random.nextInt(21))
                        .atTime(8 + random.nextInt(9), random.nextInt(60)))
                .build();
        out.add(application);
        if (misfit >= 0.14 && misfit < 0.17) {
          // The same person registers again the next day (a duplicate NIK).
          out.add(
              Application.builder()
                  .applicant(applicant)
                  .program(program.id())
                  .addAllCohortChoices(application.cohortChoices())
                  .registeredAt(application.registeredAt().plusDays(1))
                  .build());
        }
      }
    }
    out.sort(Comparator.comparing(Application::registeredAt));
    return ImmutableList.copyOf(out);
  }

  private Applicant applicant(
      TrainingProgram program,
      Cohort cohort,
      LocalDate referenceDate,
      Random random,
      double misfit,
      int serial) {
    boolean outsider = misfit < 0.06;
    boolean tooOld = misfit >= 0.06 && misfit < 0.10;
    boolean noGroup = misfit >= 0.10 && misfit < 0.14;
    Profile profile = pick(random);
    ImmutableSet<TargetGroup> groups = noGroup ? ImmutableSet.of() : profile.groups();

    RegionCode region;
    if (outsider) {
      region = outsideRegion;
    } else if (cohort.regionsServed().isEmpty()) {
      region = program.organizer().region();
    } else {
      region = cohort.regionsServed().asList().get(random.nextInt(cohort.regionsServed().size()));
    }
    RegionCode village = sample(TerampilArbitraries.villages().within(region), random);
    LocalDate birthDate =
        sample(
            tooOld
                ? TerampilArbitraries.birthDates().agedBetween(66, 75, referenceDate)
                : TerampilArbitraries.birthDates().agedBetween(18, 60, referenceDate),
            random);
    Sex sex =
        groups.contains(TargetGroup.HOUSEWIFE) || random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    // The NIK encodes the birth date and sex and the district of first registration; the serial
    // keeps NIKs distinct within the pool.
    Nik nik =
        sample(
            (sex == Sex.FEMALE ? TerampilArbitraries.niks().women() : TerampilArbitraries.niks().men())
                .bornBetween(birthDate, birthDate)
                .registeredIn(village.truncateTo(RegionLevel.DISTRICT))
                .serialsBetween(serial, serial),
            random);
    Applicant.Builder b =
        Applicant.builder()
            .nik(nik)
            .name(sample(TerampilArbitraries.personNames(), random))
            .sex(sex)
            .birthDate(birthDate)
            .domicile(village)
            .education(EducationLevel.values()[2 + random.nextInt(4)])
            .employment(employmentOf(groups))
            .addAllTargetGroups(groups);
    if (profile.holdsAkiCard() && groups.contains(TargetGroup.JOB_SEEKER)) {
      b.addDocuments(Document.of(DocumentKind.AK_I, referenceDate.minusDays(random.nextInt(600))));
    }
    return b.build();
  }

  private Profile pick(Random random) {
    int total = profiles.stream().mapToInt(Profile::weight).sum();
    int n = random.nextInt(total);
    for (Profile p : profiles) {
      n -= p.weight();
      if (n < 0) {
        return p;
      }
    }
    throw new AssertionError("weights");
  }

  private static EmploymentStatus employmentOf(ImmutableSet<TargetGroup> groups) {
    if (groups.contains(TargetGroup.JOB_SEEKER)) {
      return EmploymentStatus.UNEMPLOYED;
    }
    if (groups.contains(TargetGroup.HOUSEWIFE)) {
      return EmploymentStatus.HOMEMAKER;
    }
    if (groups.contains(TargetGroup.MICRO_BUSINESS_OWNER)
        || groups.contains(TargetGroup.SMALL_INDUSTRY_OWNER)) {
      return EmploymentStatus.SELF_EMPLOYED;
    }
    return groups.isEmpty() ? EmploymentStatus.CASUAL_WORKER : EmploymentStatus.EMPLOYED;
  }

  /** One value of {@code arbitrary}, drawn with {@code random}: deterministic for a seeded random. */
  private static <T> T sample(Arbitrary<T> arbitrary, Random random) {
    return arbitrary.generator(100).next(random).value();
  }
}
