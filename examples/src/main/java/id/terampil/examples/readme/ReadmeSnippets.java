package id.terampil.examples.readme;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.attendance.AttendanceMark;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.Completion;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.Enrollments;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpLedger;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.Recipient;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.identity.Sex;
import id.terampil.core.indicators.IndicatorInputs;
import id.terampil.core.indicators.ProgramIndicators;
import id.terampil.core.program.Admission;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.selection.SelectionPolicy;
import id.terampil.core.selection.SelectionResult;
import id.terampil.core.selection.TieBreaker;
import id.terampil.core.time.DateRange;
import id.terampil.testkit.Samples;
import id.terampil.testkit.TerampilArbitraries;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.RecordReport;
import id.terampil.validation.RecordValidator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every Java snippet of the README, compiled with the build: each lies between {@code // tag::name[]}
 * and {@code // end::name[]} markers, and {@code ReadmeSnippetsTest} fails unless every Java block
 * of README.md equals one of the tagged regions of the examples sources (modulo indentation). Each
 * method runs its snippet and returns what the README talks about, so tests check the claims too.
 *
 * <p>All personal data is synthetic.
 */
public final class ReadmeSnippets {

  private ReadmeSnippets() {}

  /**
   * The README's first taste: decode a NIK and a region code.
   *
   * @return the values the README shows in comments, in order
   */
  @SuppressWarnings("CheckReturnValue") // the snippet shows results in comments
  public static List<Object> firstTaste() {
    // tag::first-taste[]
    Nik nik = Nik.parse("3375014101900001");           // synthetic
    nik.region();                                        // 33.75.01 (Pekalongan Barat)
    nik.sex();                                           // FEMALE (day 41 = 1 + 40)
    nik.birthDateAsOf(LocalDate.of(2024, 7, 1));         // 1990-01-01
    nik.masked();                                        // 3375********0001

    RegionCode bendanKergon = RegionCode.parse("33.75.01.1006");
    bendanKergon.villageKind();                          // Optional[KELURAHAN]
    bendanKergon.isWithin(RegionCode.parse("33.75"));    // true: Kota Pekalongan
    // end::first-taste[]
    return List.of(
        nik.region(),
        nik.sex(),
        nik.birthDateAsOf(LocalDate.of(2024, 7, 1)),
        nik.masked(),
        bendanKergon.villageKind(),
        bendanKergon.isWithin(RegionCode.parse("33.75")));
  }

  /**
   * Builds a program with one cohort and its eligibility policy.
   *
   * @return the program, not null
   */
  public static TrainingProgram buildProgram() {
    // tag::build-program[]
    RegionCode bukitBatu = RegionCode.parse("62.71.02");
    RegionCode rakumpit = RegionCode.parse("62.71.05");
    DateRange period = DateRange.ofClosed(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 28));

    TrainingProgram rattan = TrainingProgram.builder()
        .id(ProgramId.of("PLK-ROTAN-2020"))
        .title("Pelatihan Proses Produksi Berbahan Dasar Rotan")
        .kind(ProgramKind.SMALL_INDUSTRY_DEVELOPMENT)
        .organizer(Organizer.of("Dinas Perdagangan, Koperasi, UKM dan Perindustrian",
            AgencyKind.DINAS, RegionCode.parse("62.71")))
        .fiscalYear(2020)
        .addFunding(Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2020))
        .period(period)
        .addRegionsServed(bukitBatu, rakumpit)          // who may take a seat: stated once
        .addRequiredGroups(
            GroupRequirement.anyOf(TargetGroup.MICRO_BUSINESS_OWNER),
            GroupRequirement.anyOf(TargetGroup.COVID_AFFECTED))
        .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
        .addCohorts(Cohort.builder()
            .id(CohortId.of("PLK20-ROTAN"))
            .addSkills(Skills.RATTAN_WEAVING)
            .period(period)
            .seats(Seats.exactly(30))                    // the hard capacity
            .build())
        .build();
    // end::build-program[]
    return rattan;
  }

  /**
   * A synthetic applicant living in Kecamatan Pahandut, outside the rattan program's districts.
   *
   * @return the applicant, not null
   */
  public static Applicant applicantFromPahandut() {
    LocalDate born = LocalDate.of(1980, 5, 12);
    return Applicant.builder()
        .nik(Nik.of(RegionCode.parse("62.71.01"), born, Sex.FEMALE, 17))
        .name(PersonName.of("Contoh Sintetis"))
        .sex(Sex.FEMALE)
        .birthDate(born)
        .domicile(RegionCode.parse("62.71.01.1003"))
        .education(EducationLevel.SMP)
        .employment(EmploymentStatus.SELF_EMPLOYED)
        .addTargetGroups(TargetGroup.MICRO_BUSINESS_OWNER, TargetGroup.COVID_AFFECTED)
        .build();
  }

  /**
   * Evaluates an applicant's eligibility for the rattan cohort.
   *
   * @param rattan the program of {@link #buildProgram()}, not null
   * @param applicant the applicant, not null
   * @return the decision, not null
   */
  public static EligibilityDecision evaluateEligibility(TrainingProgram rattan, Applicant applicant) {
    // tag::evaluate-eligibility[]
    Admission admission = rattan.admission(CohortId.of("PLK20-ROTAN"));
    EligibilityDecision decision = admission.decide(applicant,
        LocalDate.of(2020, 8, 17),                       // registration closes; never "today"
        ParticipationHistory.empty());
    decision.isEligible();                               // false for a resident of Pahandut
    decision.codes();                                    // [RESIDENCE_OUTSIDE_REGIONS]
    // end::evaluate-eligibility[]
    return decision;
  }

  /**
   * The eligibility policy of a local course with built-in criteria and one local rule.
   *
   * @param grantees the NIKs of people who had a grant before, not null
   * @return the policy, not null
   */
  public static EligibilityPolicy localCriteria(Set<Nik> grantees) {
    // tag::local-criteria[]
    EligibilityPolicy womenFoodBusinesses = EligibilityPolicy.of(
        EligibilityRule.onlySex(Sex.FEMALE),
        EligibilityRule.notCivilServant(),                   // not ASN, TNI or Polri
        EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO), // PP 7/2021, from sales
        EligibilityRule.businessKbliStartingWith("10"),      // food manufacturing
        EligibilityRule.businessAgeAtLeastMonths(12),
        EligibilityRule.custom("BELUM_PERNAH_HIBAH", "belum pernah menerima hibah",
            "no earlier grant", (applicant, context) -> !grantees.contains(applicant.nik())));
    // end::local-criteria[]
    return womenFoodBusinesses;
  }

  /**
   * Selects among applications by registration time.
   *
   * @param rattan the program of {@link #buildProgram()}, not null
   * @param applications the applications, not null
   * @return the result, not null
   */
  @SuppressWarnings({"CheckReturnValue", "unused"}) // the snippet shows results in comments
  public static SelectionResult select(TrainingProgram rattan, List<Application> applications) {
    // tag::select[]
    SelectionPolicy policy = SelectionPolicy.builder()  // seats come from the cohorts
        .addTieBreakers(TieBreaker.REGISTRATION_TIME)    // then a seeded lottery, then the NIK
        .waitlistLimit(5)
        .build();

    // Each choice is judged by its cohort's admission at the close of registration.
    SelectionResult result = policy.select(rattan, LocalDate.of(2020, 8, 17), applications);
    result.selected();      // in rank order, each with its reason and rank
    result.waitlist(CohortId.of("PLK20-ROTAN")); // the first 5 a released seat goes to
    result.rejected();      // each with a reason: INELIGIBLE (with every unmet rule), NO_SEATS...
    // result.releaseAndPromote(nik, date) refills a seat, until the first training day

    // One enrollment per person: SELECTED, WAITLISTED or REJECTED with the mapped reason
    List<Enrollment> enrollments = Enrollments.fromSelection(result, LocalDate.of(2020, 8, 18));
    // after a release: Enrollments.update(enrollments, laterResult, date) follows promotions
    // end::select[]
    return result;
  }

  /**
   * An application of the Pahandut applicant.
   *
   * @param rattan the program, not null
   * @return the application, not null
   */
  public static Application applicationFromPahandut(TrainingProgram rattan) {
    return Application.of(
        applicantFromPahandut(),
        rattan.id(),
        CohortId.of("PLK20-ROTAN"),
        LocalDateTime.of(2020, 8, 10, 9, 30));
  }

  /**
   * Validates one untrusted record and returns the Indonesian messages.
   *
   * @return the findings, not null
   */
  public static ImmutableList<Finding> validateRecord() {
    // tag::validate-record[]
    RecordValidator validator = RecordValidator.builder(LocalDate.of(2024, 6, 25)).build();
    EnrollmentRecord record = EnrollmentRecord.builder()
        .nik("3375014101900001")                         // synthetic
        .name("Siti Aminah")
        .sex("L")                                        // the NIK says P (day 41)
        .birthDate("1990-01-01")
        .domicileCode("33.75.01.1006")
        .cohortId("PKL24-BENDAN-KERGON")
        .build();

    ImmutableList<Finding> findings = validator.validate(record, 0);
    for (Finding f : findings) {
      System.out.println(f.code() + " " + f.severity() + ": " + f.message(Locale.forLanguageTag("id")));
    }
    // NIK_SEX_MISMATCH ERROR: jenis kelamin L yang dinyatakan tidak sesuai dengan NIK 3375********0001, ...
    // end::validate-record[]
    return findings;
  }
  /**
   * Validates a batch of records against a program and converts the clean ones.
   *
   * @param program the program, not null
   * @param records the records as received, not null
   * @return the report, not null
   */
  public static BatchReport validateBatch(TrainingProgram program, List<EnrollmentRecord> records) {
    // tag::validate-batch[]
    BatchValidator validator = BatchValidator.builder(program, LocalDate.of(2024, 6, 25)).build();
    BatchReport report = validator.validate(records);      // never throws; one report per record
    for (RecordReport r : report.records()) {
      for (Finding f : r.findings()) {
        System.out.println("record " + r.index() + " " + f.code() + ": " + f.message(Locale.ENGLISH));
      }
    }
    System.out.println(report.summary(Locale.forLanguageTag("id")));
    List<Application> accepted = report.applications();    // the clean records, converted
    // end::validate-batch[]
    return report;
  }

  /**
   * What the attendance snippet produced.
   *
   * @param rinaToDate Rina's completion evaluated on the attendance held by the third day
   * @param siti Siti's completion at the end
   * @param rina Rina's completion at the end
   * @param certificate Siti's certificate
   */
  public record AttendanceOutcome(
      Completion rinaToDate, Completion siti, Completion rina, Certificate certificate) {}

  /**
   * Makes the rattan cohort's sessions, records five days of attendance for two of its
   * participants, checks attendance to date halfway, then decides completion and issues a
   * certificate.
   *
   * @param rattan the program of {@link #buildProgram()}, not null
   * @param siti a participant who attends every day, not null
   * @param rina a participant who misses two days, not null
   * @return the completions and the certificate, not null
   */
  @SuppressWarnings("CheckReturnValue") // the snippet shows results in comments
  public static AttendanceOutcome attendanceAndCompletion(
      TrainingProgram rattan, Nik siti, Nik rina) {
    // tag::attendance-completion[]
    // The cohort's training days (Monday to Friday of its period, unless it lists others) minus
    // holidays: 17 and 20 August 2020 fall outside 24-28 August, so five sessions
    Cohort cohort = rattan.cohort(CohortId.of("PLK20-ROTAN")).orElseThrow();
    Set<LocalDate> holidays = Set.of(LocalDate.of(2020, 8, 17), LocalDate.of(2020, 8, 20));
    List<TrainingSession> days = TrainingSession.ofCohort(cohort, holidays);
    AttendanceSheet sheet = AttendanceSheet.of(cohort.id(), days, List.of(siti, rina))
        .recordAllPresentExcept(days.get(0), Map.of())
        .recordAllPresentExcept(days.get(1), Map.of(rina, AttendanceMark.ABSENT))
        .recordAllPresentExcept(days.get(2), Map.of(rina, AttendanceMark.EXCUSED)); // izin
    CompletionRule rule = CompletionRule.atLeastPercent(80);

    // Halfway: attendance to date, never a completion while sessions remain
    AttendanceSheet toDate = sheet.heldBy(LocalDate.of(2020, 8, 26)).orElseThrow();
    Completion rinaToDate = rule.evaluate(toDate.summary(rina));
    rinaToDate.unmet();             // SESSIONS_NOT_YET_HELD, ATTENDANCE_BELOW_MINIMUM (1/3)

    sheet = sheet.recordAllPresentExcept(days.get(3), Map.of())
        .recordAllPresentExcept(days.get(4), Map.of());
    Completion sitiDone = rule.evaluate(sheet.summary(siti));      // satisfied: 5/5
    Completion rinaDone = rule.evaluate(sheet.summary(rina));      // 3/5 is below 4/5
    rule.countingExcusedAsPresent().evaluate(sheet.summary(rina)); // satisfied: 4/5
    Certificate certificate =
        Certificate.issue(sitiDone, LocalDate.of(2020, 8, 28), "PLK20-ROTAN/001/2020");
    // end::attendance-completion[]
    return new AttendanceOutcome(rinaToDate, sitiDone, rinaDone, certificate);
  }

  /**
   * Records follow-up support for a graduate, tries a second cart grant, and computes the
   * program's indicators.
   *
   * @param program a program with the cohort of {@code enrollment}, not null
   * @param enrollment a completed enrollment, not null
   * @return the indicators, not null
   */
  @SuppressWarnings("CheckReturnValue") // the snippet shows results in comments
  public static ProgramIndicators followUpAndIndicators(
      TrainingProgram program, Enrollment enrollment) {
    Nik graduate = enrollment.participant();
    // tag::follow-up-indicators[]
    Organizer dindagkop = Organizer.of("Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan",
        AgencyKind.DINAS, RegionCode.parse("33.75"));     // another agency than the trainer
    FollowUpActivity cart = FollowUpActivity.of(FollowUpKind.CART_GRANT, dindagkop,
        Recipient.participant(graduate), LocalDate.of(2020, 10, 5));
    FollowUpLedger ledger = FollowUpLedger.of(List.of(cart));
    ledger.conflictOf(cart);        // Optional[one-time grant CART_GRANT ... may be given only once per person ...]

    // completed 2020-08-28: the 6-month outcome is due 2021-02-28 and counts if observed by 2021-05-28
    Outcome abroad = Outcome.of(graduate, 6, OutcomeStatus.WORKING_ABROAD, LocalDate.of(2021, 3, 1));
    ProgramIndicators indicators = ProgramIndicators.compute(IndicatorInputs.builder()
        .program(program)
        .asOf(LocalDate.of(2021, 6, 1))                   // no clock: you say as of when
        .addEnrollments(enrollment)
        .addAllActivities(ledger.activities())
        .addOutcomes(abroad)
        .build());
    indicators.overall().completionRate();                // Optional[1/1], an exact Ratio
    indicators.overall().support(FollowUpKind.CART_GRANT); // 1 delivery, 1 beneficiary
    indicators.overall().outcomesAt(6).orElseThrow()
        .rateOverDue(OutcomeStatus.WORKING_ABROAD);       // Optional[1/1]: over every graduate due
    indicators.totalCost().perParticipant();              // empty when the funding amount is unknown
    // end::follow-up-indicators[]
    return indicators;
  }

  /**
   * A fixed synthetic applicant pool from the testkit.
   *
   * @param program the program, not null
   * @return 45 applications, the same on every call
   */
  public static List<Application> samplePool(TrainingProgram program) {
    // tag::testkit-samples[]
    List<Application> pool = Samples.list(
        TerampilArbitraries.applications(program, LocalDate.of(2020, 8, 17))
            .ineligibleShare(0.2),                        // a fifth break one eligibility rule
        45, 2020L);                                       // same seed, same pool, every run
    // end::testkit-samples[]
    return pool;
  }
}
