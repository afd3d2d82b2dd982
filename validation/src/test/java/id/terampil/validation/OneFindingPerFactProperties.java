package id.terampil.validation;

import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.DISTRICT;
import static id.terampil.validation.Roster.KERGON;
import static id.terampil.validation.Roster.LATE;
import static id.terampil.validation.Roster.SAPURO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.PastParticipation;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.Intake;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import id.terampil.validation.code.FindingCode;
import id.terampil.validation.code.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * One finding per fact: a clean record broken in exactly one admission or roster fact gets
 * exactly the one finding that names the fact, on either roster kind (the seat rule only on an
 * enrollment roster) and whatever its NIK's serial. A program that states every admission fact
 * once: regions served (KERGON's own district), a required group condition, age and a document in
 * its policy, recent training and a custom rule, and a nominated cohort of centre managers.
 */
class OneFindingPerFactProperties {

  static final String MANAGERS = "PKL24-MANAGERS";
  /** Serials with a known history or a custom rule against them; other serials are clean. */
  static final int TRAINED_LAST_YEAR = 9001;
  static final int ENROLLED_ELSEWHERE = 9002;
  static final int CIVIL_SERVANT = 9003;

  static final TrainingProgram PROGRAM =
      Roster.builder(
              EligibilityPolicy.of(
                  EligibilityRule.productiveAge(),
                  EligibilityRule.holding(DocumentKind.AK_I),
                  EligibilityRule.notTrainedInSameSkillWithin(2),
                  EligibilityRule.custom(
                      "NOT_ASN", "bukan ASN", "not a civil servant", (a, c) -> a.nik().serial() != CIVIL_SERVANT),
                  EligibilityRule.onlySex(Sex.FEMALE),
                  EligibilityRule.employmentAnyOf(
                      EnumSet.complementOf(EnumSet.of(EmploymentStatus.STUDENT))),
                  EligibilityRule.minimumEducation(EducationLevel.SMP),
                  EligibilityRule.notCivilServant(),
                  EligibilityRule.businessSizeAnyOf(BusinessSizeClass.MICRO),
                  EligibilityRule.businessKbliStartingWith("14")))
          .addRequiredGroups(
              GroupRequirement.anyOf(TargetGroup.HOUSEWIFE, TargetGroup.TOBACCO_WORKER_HOUSEHOLD))
          .addCohorts(
              Cohort.builder()
                  .id(CohortId.of(MANAGERS))
                  .addSkills(Skills.SEWING)
                  .period(DateRange.ofClosed(LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 8)))
                  .seats(Seats.exactly(5))
                  .intake(Intake.NOMINATION)
                  .addParticipantRoles(ParticipantRole.CENTRE_MANAGER, ParticipantRole.COACH)
                  .build())
          .build();

  /** The known histories: sewing completed last year, and welding overlapping July 2024. */
  static final Map<Nik, ParticipationHistory> HISTORIES =
      Map.of(
          nik(TRAINED_LAST_YEAR, DISTRICT),
          ParticipationHistory.of(
              PastParticipation.of(
                  CohortId.of("BLK-2023-JAHIT"),
                  DateRange.ofClosed(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30)),
                  List.of(Skills.SEWING),
                  true)),
          nik(ENROLLED_ELSEWHERE, DISTRICT),
          ParticipationHistory.of(
              PastParticipation.of(
                  CohortId.of("BLK-2024-LAS"),
                  DateRange.ofClosed(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 8, 15)),
                  List.of(Skills.WELDING),
                  false)));

  /** What each fact's roster is validated with: the histories for the two history facts. */
  static BatchValidator validator(RosterKind kind) {
    return BatchValidator.builder(PROGRAM, CLOSE)
        .roster(kind)
        .participationHistories(HISTORIES)
        .build();
  }

  static final BatchValidator APPLICATIONS = validator(RosterKind.APPLICATIONS);
  static final BatchValidator ENROLLMENTS = validator(RosterKind.ENROLLMENTS);

  /**
   * The reasons of the business-age rule, which no roster fact covers: an enrollment record
   * carries no business start date, so a cohort with that rule gives every record {@code
   * NOT_ELIGIBLE_BUSINESS_START_DATE} (see {@code EligibilityFindingsTest}).
   */
  static final Set<EligibilityReason> BUSINESS_AGE_REASONS =
      EnumSet.of(
          EligibilityReason.BUSINESS_START_DATE_MISSING,
          EligibilityReason.BUSINESS_AGE_BELOW_MIN,
          EligibilityReason.BUSINESS_AGE_ABOVE_MAX);

  static Nik nik(int serial, RegionCode district) {
    return Nik.of(district, LocalDate.of(1990, 8, 5), Sex.FEMALE, serial);
  }

  /** One fact broken, the code it must give, and whether only an enrollment roster reports it. */
  enum Fact {
    AGE_BELOW_MIN(FindingCode.NOT_ELIGIBLE_AGE_BELOW_MIN),
    AGE_ABOVE_MAX(FindingCode.NOT_ELIGIBLE_AGE_ABOVE_MAX),
    RESIDENCE(FindingCode.NOT_ELIGIBLE_RESIDENCE),
    TARGET_GROUP(FindingCode.NOT_ELIGIBLE_TARGET_GROUP),
    DOCUMENT_MISSING(FindingCode.NOT_ELIGIBLE_DOCUMENTS),
    DOCUMENT_EXPIRED(FindingCode.NOT_ELIGIBLE_DOCUMENT_EXPIRED),
    RECENT_SKILL(FindingCode.NOT_ELIGIBLE_RECENT_SKILL),
    OVERLAPPING_ENROLLMENT(FindingCode.NOT_ELIGIBLE_OVERLAPPING_ENROLLMENT),
    CUSTOM_RULE(FindingCode.NOT_ELIGIBLE_OTHER),
    SEX(FindingCode.NOT_ELIGIBLE_SEX),
    EMPLOYMENT(FindingCode.NOT_ELIGIBLE_EMPLOYMENT),
    EDUCATION(FindingCode.NOT_ELIGIBLE_EDUCATION),
    CIVIL_SERVANT_STATUS(FindingCode.NOT_ELIGIBLE_CIVIL_SERVANT),
    BUSINESS_MISSING(FindingCode.NOT_ELIGIBLE_BUSINESS_MISSING),
    BUSINESS_SIZE(FindingCode.NOT_ELIGIBLE_BUSINESS_SIZE),
    BUSINESS_KBLI(FindingCode.NOT_ELIGIBLE_BUSINESS_KBLI),
    REPEATED_SKILL(FindingCode.REPEATED_SKILL_IN_PROGRAM),
    CITIZEN_IN_A_NOMINATED_COHORT(FindingCode.NOT_ELIGIBLE_ROLE),
    MANAGER_IN_AN_OPEN_COHORT(FindingCode.NOT_ELIGIBLE_ROLE),
    ROLE_NAMES_NO_ROLE(FindingCode.ROLE_INVALID),
    DUPLICATE_NIK(FindingCode.DUPLICATE_NIK),
    OVERLAPPING_COHORTS(FindingCode.OVERLAPPING_COHORTS),
    SEATS(FindingCode.COHORT_SEATS_EXCEEDED);

    final FindingCode code;

    Fact(FindingCode code) {
      this.code = code;
    }
  }

  /**
   * The roster for {@code fact}: clean records and, last, the broken one. {@code serial} is the
   * broken record's NIK serial (1 to 8999); the records before it use other serials.
   */
  static List<EnrollmentRecord> roster(Fact fact, int serial) {
    List<EnrollmentRecord> roster = new ArrayList<>();
    switch (fact) {
      case AGE_BELOW_MIN:
        roster.add(record(serial, d -> born(d, LocalDate.of(2010, 3, 1), serial)));
        break;
      case AGE_ABOVE_MAX:
        roster.add(record(serial, d -> born(d, LocalDate.of(1950, 3, 1), serial)));
        break;
      case RESIDENCE:
        // A resident of Pekalongan Timur (NIK and domicile agree) in KERGON, which serves Barat.
        roster.add(
            record(
                serial,
                d -> {
                  d.nik = nik(serial, RegionCode.parse("33.75.02")).toString();
                  d.domicileCode = "33.75.02.1001";
                }));
        break;
      case TARGET_GROUP:
        roster.add(record(serial, d -> d.targetGroups = List.of("YOUTH")));
        break;
      case DOCUMENT_MISSING:
        roster.add(record(serial, d -> d.documents.remove(1)));
        break;
      case DOCUMENT_EXPIRED:
        roster.add(record(serial, d -> d.documents.set(1, DocumentEntry.of("AK1", "2021-01-15"))));
        break;
      case RECENT_SKILL:
        roster.add(record(TRAINED_LAST_YEAR, d -> { }));
        break;
      case OVERLAPPING_ENROLLMENT:
        roster.add(record(ENROLLED_ELSEWHERE, d -> { }));
        break;
      case CUSTOM_RULE:
        roster.add(record(CIVIL_SERVANT, d -> { }));
        break;
      case SEX:
        roster.add(
            record(
                serial,
                d -> {
                  d.nik = Nik.of(DISTRICT, LocalDate.of(1990, 8, 5), Sex.MALE, serial).toString();
                  d.sex = "L";
                  d.targetGroups = List.of("TOBACCO_WORKER_HOUSEHOLD");
                }));
        break;
      case EMPLOYMENT:
        roster.add(record(serial, d -> d.employment = "PELAJAR/MAHASISWA"));
        break;
      case EDUCATION:
        roster.add(record(serial, d -> d.education = "SD"));
        break;
      case CIVIL_SERVANT_STATUS:
        roster.add(record(serial, d -> d.employment = "PEGAWAI NEGERI SIPIL"));
        break;
      case BUSINESS_MISSING:
        roster.add(
            record(
                serial,
                d -> {
                  d.businessKbli = null;
                  d.businessCapital = null;
                }));
        break;
      case BUSINESS_SIZE:
        roster.add(record(serial, d -> d.businessCapital = "Rp 2.000.000.000"));
        break;
      case BUSINESS_KBLI:
        roster.add(record(serial, d -> d.businessKbli = "16291"));
        break;
      case REPEATED_SKILL:
        // KERGON (July) and LATE (October) both teach sewing and do not overlap.
        roster.add(record(serial, d -> { }));
        roster.add(record(serial, d -> d.cohortId = LATE));
        break;
      case CITIZEN_IN_A_NOMINATED_COHORT:
        roster.add(record(serial, d -> d.cohortId = MANAGERS));
        break;
      case MANAGER_IN_AN_OPEN_COHORT:
        roster.add(record(serial, d -> d.role = "CENTRE_MANAGER"));
        break;
      case ROLE_NAMES_NO_ROLE:
        roster.add(
            record(
                serial,
                d -> {
                  d.cohortId = MANAGERS;
                  d.role = "ASTRONAUT";
                }));
        break;
      case DUPLICATE_NIK:
        roster.add(record(serial, d -> d.cohortId = SAPURO));
        roster.add(record(serial, d -> d.cohortId = SAPURO));
        break;
      case OVERLAPPING_COHORTS:
        roster.add(record(serial, d -> { }));
        roster.add(record(serial, d -> d.cohortId = SAPURO));
        break;
      case SEATS:
        // KERGON has two seats.
        roster.add(record(serial % 8999 + 1, d -> { }));
        roster.add(record((serial + 1) % 8999 + 1, d -> { }));
        roster.add(record(serial, d -> { }));
        break;
      default:
        throw new AssertionError(fact);
    }
    return roster;
  }

  static void born(Roster.Draft d, LocalDate birthDate, int serial) {
    d.nik = Nik.of(DISTRICT, birthDate, Sex.FEMALE, serial).toString();
    d.birthDate = birthDate.toString();
  }

  static EnrollmentRecord record(int serial, Consumer<Roster.Draft> change) {
    return Roster.record(
        d -> {
          d.nik = nik(serial, DISTRICT).toString();
          d.cohortId = KERGON;
          change.accept(d);
        });
  }

  static List<String> codes(RecordReport report) {
    return report.findings().stream().map(f -> f.code().name()).collect(Collectors.toList());
  }

  @Property(tries = 400)
  void aRecordBrokenInOneFactGetsExactlyTheOneCodeThatNamesIt(
      @ForAll Fact fact, @ForAll RosterKind kind, @ForAll @IntRange(min = 1, max = 8999) int serial) {
    List<EnrollmentRecord> roster = roster(fact, serial);
    BatchReport report = (kind == RosterKind.ENROLLMENTS ? ENROLLMENTS : APPLICATIONS).validate(roster);

    int last = roster.size() - 1;
    for (int i = 0; i < last; i++) {
      assertEquals(List.of(), codes(report.records().get(i)), fact + ": record " + i);
    }
    RecordReport broken = report.records().get(last);
    if (fact == Fact.SEATS && kind == RosterKind.APPLICATIONS) {
      // No seat rule before selection: the third applicant of a two-seat cohort stays eligible.
      assertEquals(List.of(), codes(broken));
      assertTrue(broken.application().isPresent());
    } else {
      assertEquals(List.of(fact.code.name()), codes(broken), fact + " on " + kind);
      // A warning (a repeated skill, by default) keeps the application.
      assertEquals(
          fact.code.defaultSeverity() == Severity.WARNING, broken.application().isPresent());
    }
  }

  @Test
  void theFactsCoverEveryAdmissionReason() {
    Set<FindingCode> covered = EnumSet.noneOf(FindingCode.class);
    for (Fact fact : Fact.values()) {
      covered.add(fact.code);
    }
    for (EligibilityReason reason : EligibilityReason.values()) {
      if (BUSINESS_AGE_REASONS.contains(reason)) {
        continue;
      }
      assertTrue(covered.contains(FindingCode.ofReason(reason)), reason.name());
    }
  }

  @Test
  void aNomineeInAnAdmittedRoleIsAccepted() {
    BatchReport report =
        APPLICATIONS.validate(
            List.of(
                record(11, d -> {
                  d.cohortId = MANAGERS;
                  d.role = "CENTRE_MANAGER";
                }),
                record(12, d -> {
                  d.cohortId = MANAGERS;
                  d.role = " coach ";
                })));

    assertTrue(report.isClean(), report.summary(java.util.Locale.ENGLISH));
    Finding refused =
        BatchValidatorTest.only(
            APPLICATIONS.validate(List.of(record(13, d -> d.cohortId = MANAGERS))).records().get(0),
            FindingCode.NOT_ELIGIBLE_ROLE);
    assertEquals("CITIZEN_APPLICANT", refused.parameters().get("role"));
    assertEquals("CENTRE_MANAGER,COACH", refused.parameters().get("roles"));
    assertEquals("role", refused.field().orElseThrow());
    assertEquals(
        "role CITIZEN_APPLICANT is not admitted to the cohort, which admits CENTRE_MANAGER,COACH",
        refused.message(java.util.Locale.ENGLISH));
  }
}
