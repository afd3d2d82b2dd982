package id.terampil.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.SkkniUnitCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.time.DateRange;
import id.terampil.validation.EnrollmentRecord;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The {@link ArbitraryProvider}s that make {@code @ForAll Nik nik} and friends work without
 * configuration. They are registered in {@code META-INF/services} (class path) and with
 * {@code provides} in {@code module-info} (module path), and collected by {@link #all()} for
 * {@code TerampilDomain}.
 */
public final class Providers {

  private Providers() {}

  /**
   * Returns one instance of every provider.
   *
   * @return the providers, not null
   */
  public static ImmutableList<ArbitraryProvider> all() {
    return ImmutableList.of(
        new NikProvider(),
        new RegionCodeProvider(),
        new PersonNameProvider(),
        new DateRangeProvider(),
        new RupiahProvider(),
        new KbliCodeProvider(),
        new SkkniUnitCodeProvider(),
        new SkillProvider(),
        new TargetGroupProvider(),
        new TrainingProgramProvider(),
        new CohortProvider(),
        new ApplicantProvider(),
        new EnrollmentRecordProvider(),
        new FollowUpPlanProvider());
  }

  /** Provides the default arbitrary of one exact type. */
  abstract static class TypeProvider<T> implements ArbitraryProvider {
    private final Class<T> type;
    private final Supplier<Arbitrary<T>> arbitrary;

    TypeProvider(Class<T> type, Supplier<Arbitrary<T>> arbitrary) {
      this.type = type;
      this.arbitrary = arbitrary;
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
      return targetType.isOfType(type);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
      return ImmutableSet.of(arbitrary.get());
    }
  }

  /** Provides NIKs. */
  public static final class NikProvider extends TypeProvider<Nik> {
    /** Creates the provider. */
    public NikProvider() {
      super(Nik.class, DefaultNikArbitrary::new);
    }
  }

  /** Provides region codes of every level. */
  public static final class RegionCodeProvider extends TypeProvider<RegionCode> {
    /** Creates the provider. */
    public RegionCodeProvider() {
      super(
          RegionCode.class,
          () ->
              DefaultRegionCodeArbitrary.atLevels(
                  RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT, RegionLevel.VILLAGE));
    }
  }

  /** Provides person names. */
  public static final class PersonNameProvider extends TypeProvider<PersonName> {
    /** Creates the provider. */
    public PersonNameProvider() {
      super(PersonName.class, DefaultPersonNameArbitrary::new);
    }
  }

  /** Provides periods. */
  public static final class DateRangeProvider extends TypeProvider<DateRange> {
    /** Creates the provider. */
    public DateRangeProvider() {
      super(DateRange.class, DefaultDateRangeArbitrary::new);
    }
  }

  /** Provides amounts of rupiah. */
  public static final class RupiahProvider extends TypeProvider<Rupiah> {
    /** Creates the provider. */
    public RupiahProvider() {
      super(Rupiah.class, DefaultRupiahArbitrary::new);
    }
  }

  /** Provides KBLI codes. */
  public static final class KbliCodeProvider extends TypeProvider<KbliCode> {
    /** Creates the provider. */
    public KbliCodeProvider() {
      super(KbliCode.class, DefaultKbliCodeArbitrary::new);
    }
  }

  /** Provides SKKNI unit codes. */
  public static final class SkkniUnitCodeProvider extends TypeProvider<SkkniUnitCode> {
    /** Creates the provider. */
    public SkkniUnitCodeProvider() {
      super(SkkniUnitCode.class, DefaultSkkniUnitCodeArbitrary::new);
    }
  }

  /** Provides skills. */
  public static final class SkillProvider extends TypeProvider<Skill> {
    /** Creates the provider. */
    public SkillProvider() {
      super(Skill.class, DefaultSkillArbitrary::new);
    }
  }

  /** Provides target groups. */
  public static final class TargetGroupProvider extends TypeProvider<TargetGroup> {
    /** Creates the provider. */
    public TargetGroupProvider() {
      super(TargetGroup.class, DefaultTargetGroupArbitrary::new);
    }
  }

  /** Provides training programs. */
  public static final class TrainingProgramProvider extends TypeProvider<TrainingProgram> {
    /** Creates the provider. */
    public TrainingProgramProvider() {
      super(TrainingProgram.class, DefaultProgramArbitrary::new);
    }
  }

  /** Provides cohorts. */
  public static final class CohortProvider extends TypeProvider<Cohort> {
    /** Creates the provider. */
    public CohortProvider() {
      super(Cohort.class, DefaultCohortArbitrary::new);
    }
  }

  /** Provides applicants eligible for a cohort of a generated program. */
  public static final class ApplicantProvider extends TypeProvider<Applicant> {
    /** Creates the provider. */
    public ApplicantProvider() {
      super(
          Applicant.class,
          () ->
              new DefaultProgramArbitrary()
                  .flatMap(p -> new DefaultApplicantArbitrary(p, registrationClose(p))));
    }
  }

  /** Provides valid enrollment records of a generated program. */
  public static final class EnrollmentRecordProvider extends TypeProvider<EnrollmentRecord> {
    /** Creates the provider. */
    public EnrollmentRecordProvider() {
      super(
          EnrollmentRecord.class,
          () ->
              new DefaultProgramArbitrary()
                  .flatMap(p -> new DefaultEnrollmentRecordArbitrary(p, registrationClose(p))));
    }
  }

  /**
   * Returns the reference date the providers use for a program: the day before its first cohort
   * starts, when registration has closed.
   *
   * @param program the program, not null
   * @return the date, not null
   */
  public static LocalDate registrationClose(TrainingProgram program) {
    return program.cohorts().stream()
        .map(c -> c.period().start())
        .min(LocalDate::compareTo)
        .orElseThrow()
        .minusDays(1);
  }

  /** Provides follow-up plans. */
  public static final class FollowUpPlanProvider extends TypeProvider<FollowUpPlan> {
    /** Creates the provider. */
    public FollowUpPlanProvider() {
      super(FollowUpPlan.class, FollowUps::plans);
    }
  }
}
