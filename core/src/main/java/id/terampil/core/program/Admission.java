package id.terampil.core.program;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityContext;
import id.terampil.core.eligibility.EligibilityDecision;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.ParticipationHistory;
import id.terampil.core.eligibility.PastParticipation;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may take a seat in one cohort of a program (penerimaan peserta): the one place that
 * eligibility, selection and the roster checks all ask. It is derived from the cohort's facts,
 * each inherited from the program where the cohort states none:
 *
 * <ul>
 *   <li>the {@linkplain #regionsServed() regions served} become a residence rule;
 *   <li>each {@linkplain #requiredGroups() required group condition} becomes a rule that the
 *       applicant belongs to one of its groups;
 *   <li>the program's {@linkplain TrainingProgram#eligibility() eligibility policy}, overridden rule
 *       by rule by the cohort's {@linkplain Cohort#eligibilityOverride() override}, adds the rest
 *       (age, documents, history, custom rules);
 *   <li>nobody takes two seats at once: the rule {@link
 *       EligibilityRule#notEnrolledInOverlappingCohort()} always applies;
 *   <li>the person's role must be one of the cohort's {@linkplain Cohort#participantRoles() roles}
 *       ({@link EligibilityReason#ROLE_NOT_ADMITTED}).
 * </ul>
 *
 * <p>{@linkplain #priorityGroups() Priority groups} do not decide admission: they rank applicants
 * in selection. Seat availability is not part of admission either: {@link #seats()} gives the hard
 * capacity, and {@link Seats#hasRoomAfter(int)} is the one rule that counts it.
 *
 * <p>Obtained from {@link TrainingProgram#admission(CohortId)}. Immutable and thread-safe (as far
 * as custom rules are).
 *
 * @since 0.1.0
 */
public final class Admission {

  private final TrainingProgram program;
  private final Cohort cohort;
  private final ImmutableSet<RegionCode> regionsServed;
  private final ImmutableList<GroupRequirement> requiredGroups;
  private final ImmutableSet<TargetGroup> priorityGroups;
  private final EligibilityPolicy policy;

  Admission(TrainingProgram program, Cohort cohort) {
    this.program = program;
    this.cohort = cohort;
    this.regionsServed =
        cohort.regionsServed().isEmpty() ? program.regionsServed() : cohort.regionsServed();
    this.requiredGroups =
        cohort.requiredGroups().isEmpty() ? program.requiredGroups() : cohort.requiredGroups();
    this.priorityGroups =
        cohort.priorityGroups().isEmpty() ? program.priorityGroups() : cohort.priorityGroups();
    ImmutableList.Builder<EligibilityRule> rules = ImmutableList.builder();
    if (!regionsServed.isEmpty()) {
      rules.add(EligibilityRule.residentOf(regionsServed));
    }
    for (GroupRequirement r : requiredGroups) {
      rules.add(EligibilityRule.memberOfAny(r.groups()));
    }
    EligibilityPolicy base = program.eligibility().orElse(EligibilityPolicy.open());
    EligibilityPolicy stated = cohort.eligibilityOverride().map(base::overriddenBy).orElse(base);
    rules.addAll(stated.rules());
    EligibilityRule overlap = EligibilityRule.notEnrolledInOverlappingCohort();
    if (!stated.rules().contains(overlap)) {
      rules.add(overlap);
    }
    this.policy = EligibilityPolicy.of(rules.build());
  }

  /**
   * Returns the program.
   *
   * @return the program, not null
   */
  public TrainingProgram program() {
    return program;
  }

  /**
   * Returns the cohort.
   *
   * @return the cohort, not null
   */
  public Cohort cohort() {
    return cohort;
  }

  /**
   * Returns the regions whose residents may take a seat: the cohort's, or the program's where the
   * cohort states none; empty means no residence restriction.
   *
   * @return the regions, not null
   */
  public ImmutableSet<RegionCode> regionsServed() {
    return regionsServed;
  }

  /**
   * Returns the required target-group conditions, all of which must be met: the cohort's, or the
   * program's where the cohort states none.
   *
   * @return the conditions, not null, possibly empty
   */
  public ImmutableList<GroupRequirement> requiredGroups() {
    return requiredGroups;
  }

  /**
   * Returns the target groups given priority in selection: the cohort's, or the program's where
   * the cohort states none. They never exclude anyone.
   *
   * @return the groups, not null, possibly empty
   */
  public ImmutableSet<TargetGroup> priorityGroups() {
    return priorityGroups;
  }

  /**
   * Returns the seats of the cohort; {@link Seats#max()} is the hard capacity.
   *
   * @return the seats, not null
   */
  public Seats seats() {
    return cohort.seats();
  }

  /**
   * Returns the effective eligibility policy: every rule of this admission except the role, in
   * the order they are reported (residence, required groups, the stated policy, overlap).
   *
   * @return the policy, not null
   */
  public EligibilityPolicy policy() {
    return policy;
  }

  /**
   * Returns whether {@code applicant} belongs to one of the {@linkplain #priorityGroups() priority
   * groups}.
   *
   * @param applicant the applicant, not null
   * @return whether the applicant has priority
   */
  public boolean hasPriority(Applicant applicant) {
    checkNotNull(applicant, "applicant must not be null");
    for (TargetGroup g : priorityGroups) {
      if (applicant.isMemberOf(g)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decides whether {@code applicant}, applying as a citizen ({@link
   * ParticipantRole#CITIZEN_APPLICANT}), may take a seat.
   *
   * @param applicant the applicant, not null
   * @param referenceDate the date ages and documents are judged at (e.g. the close of
   *     registration), not null
   * @param history the applicant's training history, not null
   * @return the decision with every unmet rule, not null
   */
  public EligibilityDecision decide(
      Applicant applicant, LocalDate referenceDate, ParticipationHistory history) {
    return decide(applicant, ParticipantRole.CITIZEN_APPLICANT, referenceDate, history);
  }

  /**
   * Decides whether {@code person} may take a seat in {@code role}: every rule of the {@linkplain
   * #policy() policy}, and the role. Seat availability is not judged.
   *
   * @param person the person, not null
   * @param role the role they would take part in, not null
   * @param referenceDate the date ages and documents are judged at, not null
   * @param history the person's training history, not null
   * @return the decision with every unmet rule (the role first), not null
   */
  public EligibilityDecision decide(
      Applicant person, ParticipantRole role, LocalDate referenceDate, ParticipationHistory history) {
    checkNotNull(person, "person must not be null");
    checkNotNull(role, "role must not be null");
    checkNotNull(history, "history must not be null");
    EligibilityDecision rules =
        policy.evaluate(person, cohort.eligibilityContext(referenceDate, history));
    if (cohort.admits(role)) {
      return rules;
    }
    UnmetRule roleUnmet =
        UnmetRule.of(
            EligibilityReason.ROLE_NOT_ADMITTED,
            ImmutableMap.of(
                "role",
                role.name(),
                "roles",
                cohort.participantRoles().stream().map(Enum::name).collect(joining(","))));
    return EligibilityDecision.of(
        ImmutableList.<UnmetRule>builder().add(roleUnmet).addAll(rules.unmet()).build());
  }

  /**
   * Returns what the policy's {@linkplain EligibilityRule#notTrainedInSameSkillWithin(int)
   * same-skill rule} reports for {@code person} when they also take part in {@code otherCohorts}
   * of the program: each other cohort counts as a participation not completed (see the rule for
   * when it counts), and nothing else of the policy is judged. Empty when the policy has no such
   * rule. This is how a roster reports the same person in two cohorts of one program teaching the
   * same skill.
   *
   * @param person the person, not null
   * @param referenceDate the date the rule is judged at, not null
   * @param otherCohorts ids of other cohorts of the program the person takes part in, not null
   * @return the unmet same-skill rules, not null
   * @throws IllegalArgumentException if an id is not a cohort of the program
   */
  public ImmutableList<UnmetRule> sameSkillInOtherCohorts(
      Applicant person, LocalDate referenceDate, Collection<CohortId> otherCohorts) {
    checkNotNull(person, "person must not be null");
    checkNotNull(otherCohorts, "other cohorts must not be null");
    ImmutableList<EligibilityRule> rules =
        policy.rules().stream()
            .filter(r -> r instanceof EligibilityRule.NoRecentSameSkill)
            .collect(ImmutableList.toImmutableList());
    if (rules.isEmpty() || otherCohorts.isEmpty()) {
      return ImmutableList.of();
    }
    List<PastParticipation> participations = new ArrayList<>();
    for (CohortId id : otherCohorts) {
      Cohort other =
          program
              .cohort(id)
              .orElseThrow(
                  () -> new IllegalArgumentException(
                      "program " + program.id() + " has no cohort " + id));
      participations.add(PastParticipation.of(other.id(), other.period(), other.skills(), false));
    }
    return EligibilityPolicy.of(rules)
        .evaluate(
            person,
            cohort.eligibilityContext(referenceDate, ParticipationHistory.of(participations)))
        .unmet();
  }

  /**
   * Decides a list of nominations into this cohort (see {@link Intake#NOMINATION}): each nominee,
   * in list order, is decided by {@link #decide(Applicant, ParticipantRole, LocalDate,
   * ParticipationHistory)} and takes a seat while {@link Seats#hasRoomAfter(int)} allows. A person
   * nominated twice keeps the first nomination. No selection runs.
   *
   * @param nominations the nominations, in the agency's order, not null
   * @param referenceDate the date ages and documents are judged at, not null
   * @param histories the known training histories by NIK (none where absent), not null
   * @return one outcome per nomination, in list order, not null
   * @throws IllegalArgumentException if the cohort takes open registration, not nominations
   */
  public ImmutableList<NominationOutcome> nominate(
      Iterable<Nomination> nominations,
      LocalDate referenceDate,
      Map<Nik, ParticipationHistory> histories) {
    checkNotNull(nominations, "nominations must not be null");
    checkNotNull(histories, "histories must not be null");
    checkArgument(
        cohort.intake() == Intake.NOMINATION,
        "cohort %s takes open registration: its seats are filled by selection, not nomination",
        cohort.id());
    Set<Nik> seen = new HashSet<>();
    int seated = 0;
    ImmutableList.Builder<NominationOutcome> outcomes = ImmutableList.builder();
    for (Nomination n : nominations) {
      Nik nik = n.person().nik();
      if (!seen.add(nik)) {
        outcomes.add(
            new NominationOutcome(
                cohort.id(), n, NominationOutcome.Status.DUPLICATE_NIK, EligibilityDecision.eligible()));
        continue;
      }
      EligibilityDecision d =
          decide(
              n.person(),
              n.role(),
              referenceDate,
              histories.getOrDefault(nik, ParticipationHistory.empty()));
      NominationOutcome.Status status;
      if (!d.isEligible()) {
        status = NominationOutcome.Status.INELIGIBLE;
      } else if (seats().hasRoomAfter(seated)) {
        seated++;
        status = NominationOutcome.Status.ADMITTED;
      } else {
        status = NominationOutcome.Status.NO_SEAT;
      }
      outcomes.add(new NominationOutcome(cohort.id(), n, status, d));
    }
    return outcomes.build();
  }

  /**
   * Returns the cohort id and the effective policy.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Admission{cohort=" + cohort.id() + ", roles=" + cohort.participantRoles()
        + ", policy=" + policy + "}";
  }
}
