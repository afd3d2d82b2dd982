package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.followup.BusinessGroup;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.followup.Outcome;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.PlannedFollowUp;
import id.terampil.core.followup.Recipient;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries of what follows a program: follow-up plans, activities and outcomes. */
public final class FollowUps {

  /** The latest day of a generated activity, in days after the program ends. */
  static final int MAX_DAYS_AFTER = 400;

  /** The latest first month of a generated planned step. */
  static final int MAX_STEP_START = 24;

  private FollowUps() {}

  /** Checkpoint months: mostly the common 3, 6 and 12, sometimes any from 1 to 120. */
  private static Arbitrary<Integer> checkpointMonths() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(3, 6, 12)), Tuple.of(1, Arbitraries.integers().between(1, 120)));
  }

  /**
   * Returns follow-up plans, as documented on {@link
   * id.terampil.testkit.TerampilArbitraries#followUpPlans}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<FollowUpPlan> plans() {
    Arbitrary<Integer> starts =
        WeightedLongs.between(0, MAX_STEP_START).often(5, 0L).map(Long::intValue);
    Arbitrary<Integer> widths =
        WeightedLongs.between(0, 120).often(5, 0L, 12L).map(Long::intValue);
    Arbitrary<PlannedFollowUp> byOrganizer =
        Combinators.combine(Arbitraries.of(FollowUpKind.class), starts)
            .as(PlannedFollowUp::of);
    Arbitrary<PlannedFollowUp> byAnotherAgency =
        Combinators.combine(
                Arbitraries.of(FollowUpKind.class), ProgramParts.organizers(), starts, widths)
            .as(
                (kind, provider, from, width) ->
                    PlannedFollowUp.of(kind, provider, from, Math.min(120, from + width)));
    return Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(2, byOrganizer), Tuple.of(1, byAnotherAgency))
                .list()
                .ofMaxSize(5),
            checkpointMonths().set().ofMaxSize(4))
        .filter((steps, points) -> !steps.isEmpty() || !points.isEmpty())
        .as((steps, points) -> FollowUpPlan.builder().addAllSteps(steps).addAllCheckpoints(points).build());
  }

  /**
   * Returns follow-up activities of {@code program} for {@code participants}, as documented on
   * {@link id.terampil.testkit.TerampilArbitraries#followUpActivities}.
   *
   * @param program the program, not null
   * @param participants the participants' NIKs, not null, not empty
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if {@code participants} is empty
   */
  public static Arbitrary<FollowUpActivity> activities(TrainingProgram program, List<Nik> participants) {
    checkNotNull(program, "program must not be null");
    ImmutableList<Nik> people = ImmutableList.copyOf(participants);
    checkArgument(!people.isEmpty(), "participants must not be empty");
    Arbitrary<Nik> person = Arbitraries.of(people);
    Arbitrary<Recipient> recipients =
        Arbitraries.frequencyOf(
            Tuple.of(2, person.map(Recipient::participant)),
            Tuple.of(
                1,
                Combinators.combine(person, person.list().ofMinSize(1).ofMaxSize(2))
                    .as(
                        (first, more) ->
                            Recipient.group(
                                BusinessGroup.of(
                                    "Kelompok Usaha " + (people.indexOf(first) + 1),
                                    ImmutableList.<Nik>builder().add(first).addAll(more).build())))));
    LocalDate end = program.period().endInclusive();
    Arbitrary<LocalDate> dates =
        WeightedLongs.between(0, MAX_DAYS_AFTER).often(5, 0L).map(end::plusDays);
    Arbitrary<Optional<Rupiah>> values =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(Optional.<Rupiah>empty())),
            Tuple.of(
                2,
                WeightedLongs.between(1, 5_000_000_000L)
                    .often(5, 1L, 5_000_000_000L)
                    .map(v -> Optional.of(Rupiah.of(v)))));
    ImmutableList<Optional<CohortId>> cohorts =
        ImmutableList.<Optional<CohortId>>builder()
            .add(Optional.empty())
            .addAll(program.cohorts().stream().map(Cohort::id).map(Optional::of).iterator())
            .build();
    return Combinators.combine(
            Arbitraries.of(FollowUpKind.class),
            ProgramParts.organizers(),
            recipients,
            dates,
            values,
            Arbitraries.of(cohorts))
        .as(
            (kind, organizer, recipient, date, value, cohort) ->
                FollowUpActivity.builder()
                    .kind(kind)
                    .deliveredBy(organizer)
                    .recipient(recipient)
                    .date(date)
                    .value(value)
                    .cohort(cohort)
                    .build());
  }

  /**
   * Returns outcomes of {@code participants}, as documented on {@link
   * id.terampil.testkit.TerampilArbitraries#outcomes}.
   *
   * @param participants the participants' NIKs, not null, not empty
   * @param completedOn the day they completed the training, not null
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if {@code participants} is empty
   */
  public static Arbitrary<Outcome> outcomes(List<Nik> participants, LocalDate completedOn) {
    checkNotNull(completedOn, "completion date must not be null");
    ImmutableList<Nik> people = ImmutableList.copyOf(participants);
    checkArgument(!people.isEmpty(), "participants must not be empty");
    return Combinators.combine(
            Arbitraries.of(people),
            checkpointMonths(),
            Arbitraries.of(OutcomeStatus.class),
            WeightedLongs.between(-30, 90).often(5, 0L).map(Long::intValue))
        .as(
            (nik, m, status, late) -> {
              LocalDate due = FollowUpPlan.checkpointDate(completedOn, m);
              LocalDate observed = due.plusDays(late);
              return Outcome.of(nik, m, status, observed.isBefore(completedOn) ? completedOn : observed);
            });
  }
}
