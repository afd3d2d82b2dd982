package id.terampil.validation;

import static id.terampil.validation.OneFindingPerFactProperties.CIVIL_SERVANT;
import static id.terampil.validation.OneFindingPerFactProperties.ENROLLED_ELSEWHERE;
import static id.terampil.validation.OneFindingPerFactProperties.MANAGERS;
import static id.terampil.validation.OneFindingPerFactProperties.PROGRAM;
import static id.terampil.validation.OneFindingPerFactProperties.TRAINED_LAST_YEAR;
import static id.terampil.validation.Roster.CLOSE;
import static id.terampil.validation.Roster.KERGON;
import static id.terampil.validation.Roster.LATE;
import static id.terampil.validation.Roster.SAPURO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.applicant.Applicant;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Sex;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.region.RegionCode;
import id.terampil.validation.code.FindingCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.jspecify.annotations.Nullable;

/**
 * The batch validator and the core agree: on an application roster a record whose data has the
 * right shape is accepted exactly when its cohort's admission finds the person eligible, and its
 * errors are exactly the admission's unmet rules, each under the code {@link
 * FindingCode#ofReason} gives it. Records vary every admission fact at once (cohort, role,
 * district, age, target group, the AK/I card, the histories and a custom rule), and each
 * admission reason they vary is unmet in at least 5 % of the tries.
 */
class AdmissionAgreementProperties {

  static final List<String> DISTRICTS = List.of("33.75.01", "33.75.02");
  static final List<LocalDate> BIRTHS =
      List.of(LocalDate.of(1990, 8, 5), LocalDate.of(2010, 3, 1), LocalDate.of(1950, 3, 1));

  /**
   * The reasons the records vary. The local criteria (sex, employment, education, civil servant,
   * business) are met by every record here, so that eligible records stay common; each of them
   * has its own fact in {@link OneFindingPerFactProperties}.
   */
  static final Set<EligibilityReason> VARIED =
      EnumSet.of(
          EligibilityReason.AGE_BELOW_MIN,
          EligibilityReason.AGE_ABOVE_MAX,
          EligibilityReason.RESIDENCE_OUTSIDE_REGIONS,
          EligibilityReason.TARGET_GROUP_MISSING,
          EligibilityReason.DOCUMENT_MISSING,
          EligibilityReason.DOCUMENT_EXPIRED,
          EligibilityReason.OVERLAPPING_ENROLLMENT,
          EligibilityReason.RECENTLY_TRAINED_SAME_SKILL,
          EligibilityReason.ROLE_NOT_ADMITTED,
          EligibilityReason.CUSTOM);

  /** The two known histories, for the NIK of every district and birth date the records use. */
  static final Map<Nik, ParticipationHistory> HISTORIES = histories();

  static final BatchValidator APPLICATIONS =
      BatchValidator.builder(PROGRAM, CLOSE).participationHistories(HISTORIES).build();

  static Map<Nik, ParticipationHistory> histories() {
    Map<Nik, ParticipationHistory> all = new HashMap<>();
    for (int serial : new int[] {TRAINED_LAST_YEAR, ENROLLED_ELSEWHERE}) {
      ParticipationHistory history =
          OneFindingPerFactProperties.HISTORIES.get(
              OneFindingPerFactProperties.nik(serial, Roster.DISTRICT));
      for (String district : DISTRICTS) {
        for (LocalDate born : BIRTHS) {
          all.put(Nik.of(RegionCode.parse(district), born, Sex.FEMALE, serial), history);
        }
      }
    }
    return all;
  }

  /** One record's admission facts. */
  record Facts(
      String cohort,
      @Nullable String role,
      String district,
      LocalDate born,
      String group,
      @Nullable String card,
      int serial) {

    EnrollmentRecord record() {
      Nik nik = Nik.of(RegionCode.parse(district), born, Sex.FEMALE, serial);
      return Roster.record(
          d -> {
            d.nik = nik.toString();
            d.birthDate = born.toString();
            d.domicileCode = district + ".1001";
            d.cohortId = cohort;
            d.role = role;
            d.targetGroups = List.of(group);
            d.documents = new ArrayList<>(List.of(DocumentEntry.of("KTP", "2012-03-01")));
            if (card != null) {
              d.documents.add(DocumentEntry.of("AK1", card));
            }
          });
    }
  }

  @Provide
  Arbitrary<Facts> facts() {
    Arbitrary<String> cohorts = Arbitraries.of(KERGON, SAPURO, LATE, MANAGERS);
    Arbitrary<@Nullable String> roles =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(null)),
            Tuple.of(2, Arbitraries.just("CENTRE_MANAGER")),
            Tuple.of(2, Arbitraries.just("COACH")));
    Arbitrary<String> districts = Arbitraries.of(DISTRICTS);
    Arbitrary<LocalDate> births =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(BIRTHS.get(0))),
            Tuple.of(1, Arbitraries.just(BIRTHS.get(1))),
            Tuple.of(1, Arbitraries.just(BIRTHS.get(2))));
    Arbitrary<String> groups = Arbitraries.of("HOUSEWIFE", "TOBACCO_WORKER_HOUSEHOLD", "YOUTH");
    Arbitrary<@Nullable String> cards =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just("2024-01-15")),
            Tuple.of(1, Arbitraries.just("2021-01-15")),
            Tuple.of(1, Arbitraries.just(null)));
    Arbitrary<Integer> serials =
        Arbitraries.frequencyOf(
            // The rarest reasons need a serial and another fact at once (overlap: a cohort that
            // overlaps the history; the custom rule: a cohort that has it): these weights give
            // each about 10 % of the tries (measured 9-11 %), clear of the 5 % bound.
            Tuple.of(40, Arbitraries.integers().between(1, 8999)),
            Tuple.of(12, Arbitraries.just(TRAINED_LAST_YEAR)),
            Tuple.of(32, Arbitraries.just(ENROLLED_ELSEWHERE)),
            Tuple.of(16, Arbitraries.just(CIVIL_SERVANT)));
    return Combinators.combine(cohorts, roles, districts, births, groups, cards, serials)
        .as(Facts::new);
  }

  @StatisticsReport(onFailureOnly = true)
  @Property(tries = 1000)
  void anApplicationRosterAcceptsExactlyWhomTheAdmissionFindsEligible(@ForAll("facts") Facts facts) {
    EnrollmentRecord record = facts.record();
    RecordReport report = APPLICATIONS.validate(List.of(record)).records().get(0);

    Applicant applicant =
        APPLICATIONS.recordValidator().validateAndConvert(record, 0).application().orElseThrow()
            .applicant();
    ParticipantRole role =
        facts.role() == null ? ParticipantRole.CITIZEN_APPLICANT : ParticipantRole.valueOf(facts.role());
    ParticipationHistory history =
        HISTORIES.getOrDefault(applicant.nik(), ParticipationHistory.empty());
    EligibilityDecision decision =
        PROGRAM.admission(CohortId.of(facts.cohort())).decide(applicant, role, CLOSE, history);

    assertEquals(decision.isEligible(), report.isClean(), report.findings().toString());
    assertEquals(decision.isEligible(), report.application().isPresent());
    assertEquals(
        decision.unmet().stream()
            .map(u -> FindingCode.ofReason(u.reason()))
            .collect(Collectors.toList()),
        report.findings().stream()
            .filter(Finding::isError)
            .map(Finding::code)
            .collect(Collectors.toList()));
    for (EligibilityReason reason : VARIED) {
      boolean unmet = decision.unmet().stream().map(UnmetRule::reason).anyMatch(reason::equals);
      Statistics.label(reason.name()).collect(unmet);
      Statistics.label(reason.name()).coverage(c -> c.check(true).percentage(p -> p >= 5.0));
    }
    Statistics.label("eligible").collect(decision.isEligible());
    Statistics.label("eligible").coverage(c -> c.check(true).percentage(p -> p >= 2.0));
  }
}
