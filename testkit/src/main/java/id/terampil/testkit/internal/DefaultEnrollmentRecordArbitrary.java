package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.identity.CohortId;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionDirectory;
import id.terampil.testkit.BrokenRecord;
import id.terampil.testkit.EnrollmentRecordArbitrary;
import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.RecordValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/** The implementation of {@link EnrollmentRecordArbitrary}. */
public final class DefaultEnrollmentRecordArbitrary extends ArbitraryDecorator<EnrollmentRecord>
    implements EnrollmentRecordArbitrary {

  /** The oldest age a validator accepts when the program sets only a minimum. */
  private static final int OLDEST = 150;

  private final TrainingProgram program;
  private final LocalDate referenceDate;
  private final @Nullable CohortId cohort;
  private final int minAge;
  private final int maxAge;
  private final ImmutableSet<DocumentKind> requiredDocuments;
  /** Whether the program's policy states an age range. */
  private final boolean ageRule;
  /** One generator per cohort of the program, in program order, shared by copies. */
  private final ImmutableMap<CohortId, ApplicantGenerator> generators;
  /** The records of each cohort's generator, made once (see {@link Memo}). */
  private final Function<ApplicantGenerator, Arbitrary<EnrollmentRecord>> recordsPerGenerator;

  /**
   * Creates the arbitrary of records of {@code program}.
   *
   * @param program the program, not null
   * @param referenceDate the reference date, not null
   */
  public DefaultEnrollmentRecordArbitrary(TrainingProgram program, LocalDate referenceDate) {
    this(program, referenceDate, null);
  }

  /** The arbitrary of records of {@code program} with domiciles from {@code directory}, if given. */
  private DefaultEnrollmentRecordArbitrary(
      TrainingProgram program, LocalDate referenceDate, @Nullable RegionDirectory directory) {
    this.program = program;
    this.referenceDate = referenceDate;
    this.cohort = null;
    PolicyFacts facts = PolicyFacts.of(program.eligibility().orElse(EligibilityPolicy.open()));
    this.ageRule = facts.ageRule;
    this.minAge = facts.lowAge();
    this.maxAge = facts.ageRule ? Math.min(facts.maxAge, OLDEST) : facts.highAge();
    this.requiredDocuments = facts.documents;
    int[] ages = {minAge, maxAge};
    this.generators =
        program.cohorts().stream()
            .collect(
                ImmutableMap.toImmutableMap(
                    Cohort::id,
                    c -> new ApplicantGenerator(program, c, referenceDate, ages, directory, ImmutableMap.of())));
    this.recordsPerGenerator = Memo.perValue(this::recordsOf);
  }

  /** A copy of {@code all} for records of {@code cohort} only. */
  private DefaultEnrollmentRecordArbitrary(DefaultEnrollmentRecordArbitrary all, CohortId cohort) {
    this.program = all.program;
    this.referenceDate = all.referenceDate;
    this.cohort = cohort;
    this.ageRule = all.ageRule;
    this.minAge = all.minAge;
    this.maxAge = all.maxAge;
    this.requiredDocuments = all.requiredDocuments;
    this.generators = all.generators;
    this.recordsPerGenerator = all.recordsPerGenerator;
  }

  @Override
  public EnrollmentRecordArbitrary regionsFrom(RegionDirectory directory) {
    checkNotNull(directory, "region directory must not be null");
    DefaultEnrollmentRecordArbitrary all =
        new DefaultEnrollmentRecordArbitrary(program, referenceDate, directory);
    CohortId c = cohort;
    return c == null ? all : new DefaultEnrollmentRecordArbitrary(all, c);
  }

  @Override
  public RecordValidator validator() {
    return RecordValidator.builder(referenceDate)
        .ageRange(minAge, maxAge)
        .knownTargetGroups(knownGroups())
        .requiredDocuments(
            requiredDocuments.stream().map(DocumentKind::name).collect(ImmutableList.toImmutableList()))
        .build();
  }

  /** Every group a record may list: the program's, its cohorts' and its policies' groups. */
  private ImmutableList<TargetGroup> knownGroups() {
    Map<String, TargetGroup> groups = new LinkedHashMap<>();
    for (Cohort c : program.cohorts()) {
      ApplicantGenerator.groupsOf(program, c).forEach(g -> groups.putIfAbsent(g.code(), g));
      for (String code : generator(c).requiredGroups()) {
        groups.putIfAbsent(code, TargetGroup.of(code, code, code));
      }
    }
    return ImmutableList.copyOf(groups.values());
  }

  private ApplicantGenerator generator(Cohort c) {
    return generators.get(c.id());
  }

  private ImmutableList<ApplicantGenerator> generators() {
    return DefaultApplicantArbitrary.cohorts(program, cohort).stream()
        .map(this::generator)
        .collect(ImmutableList.toImmutableList());
  }

  private Arbitrary<EnrollmentRecord> recordsOf(ApplicantGenerator generator) {
    Arbitrary<LocalDateTime> times =
        DefaultApplicationArbitrary.times(
            DefaultApplicationArbitrary.firstDefaultRegistration(referenceDate),
            DefaultApplicationArbitrary.lastDefaultRegistration(referenceDate));
    Arbitrary<Optional<BigDecimal>> scores =
        Arbitraries.of(false, true).flatMap(DefaultApplicationArbitrary::scores);
    return Combinators.combine(generator.eligible(), times, scores)
        .as((applicant, at, score) -> record(applicant, generator.cohort(), at, score));
  }

  /**
   * The record's employment: for {@code OTHER}, the occupation the applicant declares, which the
   * record checks convert back with the warning {@code OCCUPATION_NOT_MAPPED}; otherwise the
   * status's name, or now and then the KTP's occupation for it.
   */
  private static String employment(Applicant a, boolean ktp) {
    if (a.occupation().isPresent()) {
      return a.occupation().get();
    }
    return ktp ? KtpWording.employment(a.employment()) : a.employment().name();
  }

  private EnrollmentRecord record(
      Applicant a, Cohort c, LocalDateTime registeredAt, Optional<BigDecimal> score) {
    EnrollmentRecord.Builder b = EnrollmentRecord.builder();
    boolean ktp = a.nik().serial() % KtpWording.EVERY == 0;
    b.nik(a.nik().toString())
        .name(a.name().toString())
        .sex(ktp ? KtpWording.sex(a.sex()) : a.sex().code())
        .birthDate(a.birthDate().toString())
        .domicileCode(a.domicile().toString())
        .programId(program.id().toString())
        .cohortId(c.id().toString())
        .education(ktp ? KtpWording.education(a.education()) : a.education().name())
        .employment(employment(a, ktp))
        .registeredAt(registeredAt.toString())
        .score(score.map(BigDecimal::toPlainString).orElse(null));
    a.targetGroups().forEach(g -> b.addTargetGroups(g.code()));
    for (Document d : a.documents()) {
      b.addDocuments(DocumentEntry.of(d.kind().name(), d.issueDate().toString()));
    }
    for (DocumentKind kind : requiredDocuments) {
      if (a.documentsOf(kind).isEmpty()) {
        // The cohort waived a document the program requires; the agency still lists it.
        b.addDocuments(DocumentEntry.of(kind.name(), referenceDate.toString()));
      }
    }
    a.business()
        .ifPresent(
            business -> {
              b.businessKbli(business.kbli().toString());
              business.annualSales().ifPresent(s -> b.businessAnnualSales(s.toString()));
              business.capital().ifPresent(s -> b.businessCapital(s.toString()));
            });
    return b.build();
  }

  @Override
  protected Arbitrary<EnrollmentRecord> arbitrary() {
    return Arbitraries.of(generators()).flatMap(recordsPerGenerator);
  }

  @Override
  public EnrollmentRecordArbitrary forCohort(CohortId id) {
    DefaultApplicantArbitrary.requireCohort(program, id);
    return new DefaultEnrollmentRecordArbitrary(this, id);
  }

  @Override
  public Arbitrary<List<EnrollmentRecord>> roster() {
    return Arbitraries.of(generators())
        .flatMap(
            generator -> {
              long capacity = generator.cohort().seats().max();
              return WeightedLongs.between(0, capacity)
                  .often(25, capacity)
                  .flatMap(
                      size ->
                          recordsPerGenerator.apply(generator)
                              .list()
                              .ofSize(size.intValue())
                              .uniqueElements(EnrollmentRecord::nik));
            });
  }

  @Override
  public Arbitrary<BrokenRecord> almostValid() {
    RecordBreakage.Context context =
        new RecordBreakage.Context(
            referenceDate,
            ageRule,
            minAge,
            maxAge,
            requiredDocuments.stream().map(DocumentKind::name).collect(ImmutableSet.toImmutableSet()));
    return Combinators.combine(
            this, Arbitraries.of(RecordBreakage.applicable(context)), Arbitraries.longs())
        .as((record, breakage, seed) -> breakage.breakRecord(record, seed, context));
  }
}
