package id.terampil.core.enrollment;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.attendance.Completion;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One person's enrollment in one cohort (pendaftaran peserta), with its full, validated history.
 *
 * <p>An enrollment starts {@link EnrollmentStatus#APPLIED} on the application date and moves only
 * along {@link EnrollmentTransitions#table()}. Each move returns a new {@code Enrollment} with one
 * more {@link EnrollmentEvent}; a move the table does not allow throws {@link
 * IllegalStateException} naming both statuses, a move that needs a reason and has none, or a date
 * before the last event, throws {@link IllegalArgumentException}. Dates are supplied by the
 * caller (no clock) and never decrease; several changes on one day are fine.
 *
 * <p>Completion is earned: the move into {@link EnrollmentStatus#COMPLETED} ({@link
 * Transition#proofRequired()}) carries a satisfied {@link Completion} of this participant and
 * cohort ({@link #complete}), or a {@link ReasonCode#COMPLETION_OVERRIDE} reason whose note
 * records who decided and why ({@link #completeByOverride}); a step with neither is refused here
 * and by {@link #replay}.
 *
 * <p>A stored history is rebuilt with {@link #replay}, which throws on the first invalid step, or
 * {@link #tryReplay}, which reports it. Every {@code Enrollment} is valid by construction, so
 * replaying its own history gives an equal enrollment.
 *
 * <p>{@link #toString()} masks the NIK. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Enrollment {

  Enrollment() {}

  /**
   * Opens an enrollment in status {@link EnrollmentStatus#APPLIED}.
   *
   * @param participant the applicant's NIK, not null
   * @param cohort the cohort applied for, not null
   * @param appliedOn the application date, not null
   * @return the enrollment with an empty history, not null
   */
  public static Enrollment apply(Nik participant, CohortId cohort, LocalDate appliedOn) {
    return replay(participant, cohort, appliedOn, ImmutableList.of());
  }

  /**
   * Rebuilds an enrollment from a stored history, checking every step.
   *
   * @param participant the participant's NIK, not null
   * @param cohort the cohort, not null
   * @param appliedOn the application date, not null
   * @param history the events in order, not null, no null elements
   * @return the enrollment, not null
   * @throws IllegalArgumentException naming the first invalid step and its statuses
   */
  public static Enrollment replay(
      Nik participant, CohortId cohort, LocalDate appliedOn, List<EnrollmentEvent> history) {
    return ImmutableEnrollment.builder()
        .participant(participant)
        .cohort(cohort)
        .appliedOn(appliedOn)
        .addAllHistory(history)
        .build();
  }

  /**
   * Checks a stored history without throwing.
   *
   * @param participant the participant's NIK, not null
   * @param cohort the cohort, not null
   * @param appliedOn the application date, not null
   * @param history the events in order, not null, no null elements
   * @return the rebuilt enrollment, or the first invalid step, not null
   */
  public static ReplayResult tryReplay(
      Nik participant, CohortId cohort, LocalDate appliedOn, List<EnrollmentEvent> history) {
    checkNotNull(appliedOn, "appliedOn must not be null");
    ImmutableList<EnrollmentEvent> events = ImmutableList.copyOf(history);
    InvalidStep step = firstInvalidStep(participant, cohort, appliedOn, events);
    return step == null
        ? ReplayResult.valid(replay(participant, cohort, appliedOn, events))
        : ReplayResult.invalid(step);
  }

  private static @Nullable InvalidStep firstInvalidStep(
      Nik participant, CohortId cohort, LocalDate appliedOn, List<EnrollmentEvent> history) {
    EnrollmentStatus status = EnrollmentStatus.APPLIED;
    LocalDate last = appliedOn;
    for (int i = 0; i < history.size(); i++) {
      EnrollmentEvent e = history.get(i);
      String where = "enrollment history step " + i + " (" + e + "): ";
      if (e.from() != status) {
        return InvalidStep.of(
            i,
            e,
            ReplayProblem.FROM_MISMATCH,
            where + "starts from " + e.from() + " but the enrollment is " + status);
      }
      Optional<Transition> t = EnrollmentTransitions.find(e.from(), e.to());
      if (t.isEmpty()) {
        return InvalidStep.of(
            i,
            e,
            ReplayProblem.ILLEGAL_TRANSITION,
            where + EnrollmentTransitions.illegalMessage(e.from(), e.to()));
      }
      if (t.get().reasonRequired() && e.reason().isEmpty()) {
        return InvalidStep.of(
            i, e, ReplayProblem.REASON_MISSING, where + reasonMissing(e.from(), e.to()));
      }
      if (t.get().proofRequired()) {
        InvalidStep unproven = unproven(i, e, where, participant, cohort);
        if (unproven != null) {
          return unproven;
        }
      }
      if (e.date().isBefore(last)) {
        return InvalidStep.of(
            i, e, ReplayProblem.DATE_OUT_OF_ORDER, where + dateOutOfOrder(e.date(), last));
      }
      status = e.to();
      last = e.date();
    }
    return null;
  }

  private static @Nullable InvalidStep unproven(
      int i, EnrollmentEvent e, String where, Nik participant, CohortId cohort) {
    if (e.completion().isPresent()) {
      Completion c = e.completion().get();
      return c.participant().equals(participant) && c.cohort().equals(cohort)
          ? null
          : InvalidStep.of(
              i,
              e,
              ReplayProblem.COMPLETION_MISMATCH,
              where
                  + "the completion was decided for "
                  + c.participant().masked()
                  + " in "
                  + c.cohort()
                  + ", not for this enrollment in "
                  + cohort);
    }
    boolean overridden =
        e.reason().map(r -> r.code() == ReasonCode.COMPLETION_OVERRIDE).orElse(false);
    return overridden
        ? null
        : InvalidStep.of(
            i,
            e,
            ReplayProblem.COMPLETION_UNPROVEN,
            where
                + "the move from "
                + e.from()
                + " to "
                + e.to()
                + " needs a satisfied completion or a reason "
                + ReasonCode.COMPLETION_OVERRIDE
                + (e.reason().isPresent() ? ", not " + e.reason().get().code() : ""));
  }

  private static String reasonMissing(EnrollmentStatus from, EnrollmentStatus to) {
    return "a reason is required for the enrollment transition from " + from + " to " + to;
  }

  private static String dateOutOfOrder(LocalDate date, LocalDate last) {
    return "date " + date + " is before the previous enrollment date " + last;
  }

  /**
   * Returns the participant's NIK.
   *
   * @return the NIK, not null
   */
  public abstract Nik participant();

  /**
   * Returns the cohort.
   *
   * @return the cohort id, not null
   */
  public abstract CohortId cohort();

  /**
   * Returns the application date, when the enrollment entered {@link EnrollmentStatus#APPLIED}.
   *
   * @return the date, not null
   */
  public abstract LocalDate appliedOn();

  /**
   * Returns every status change, oldest first.
   *
   * @return the history, not null, possibly empty
   */
  public abstract ImmutableList<EnrollmentEvent> history();

  @Value.Check
  final void check() {
    InvalidStep step = firstInvalidStep(participant(), cohort(), appliedOn(), history());
    if (step != null) {
      throw new IllegalArgumentException(step.message());
    }
  }

  /**
   * Returns the current status.
   *
   * @return the status of the last event, or {@link EnrollmentStatus#APPLIED}
   */
  public final EnrollmentStatus status() {
    List<EnrollmentEvent> h = history();
    return h.isEmpty() ? EnrollmentStatus.APPLIED : h.get(h.size() - 1).to();
  }

  /**
   * Returns the date the current status was entered.
   *
   * @return the date of the last event, or the application date
   */
  public final LocalDate statusSince() {
    List<EnrollmentEvent> h = history();
    return h.isEmpty() ? appliedOn() : h.get(h.size() - 1).date();
  }

  /**
   * Returns the status at the end of {@code date}.
   *
   * @param date the date, not null
   * @return the status, or empty if {@code date} is before the application date
   */
  public final Optional<EnrollmentStatus> statusOn(LocalDate date) {
    checkNotNull(date, "date must not be null");
    if (date.isBefore(appliedOn())) {
      return Optional.empty();
    }
    EnrollmentStatus status = EnrollmentStatus.APPLIED;
    for (EnrollmentEvent e : history()) {
      if (e.date().isAfter(date)) {
        break;
      }
      status = e.to();
    }
    return Optional.of(status);
  }

  /**
   * Returns the reason of the current status, if it was given one.
   *
   * @return the reason of the last event, or empty
   */
  public final Optional<StatusReason> statusReason() {
    List<EnrollmentEvent> h = history();
    return h.isEmpty() ? Optional.empty() : h.get(h.size() - 1).reason();
  }

  /**
   * Moves to {@code to} on {@code date} without a reason.
   *
   * @param to the next status, not null
   * @param date the date of the change, not null, not before {@link #statusSince()}
   * @return the new enrollment, not null
   * @throws IllegalStateException if the table has no transition from {@link #status()} to
   *     {@code to}; the message names both
   * @throws IllegalArgumentException if the transition requires a reason or proof of completion,
   *     or the date is before the last change
   */
  public final Enrollment transition(EnrollmentStatus to, LocalDate date) {
    return move(to, date, null, null);
  }

  /**
   * Moves to {@code to} on {@code date} with a reason.
   *
   * @param to the next status, not null
   * @param date the date of the change, not null, not before {@link #statusSince()}
   * @param reason the reason, not null
   * @return the new enrollment, not null
   * @throws IllegalStateException if the table has no transition from {@link #status()} to
   *     {@code to}; the message names both
   * @throws IllegalArgumentException if the date is before the last change, or the transition
   *     requires proof of completion and the reason is not {@link ReasonCode#COMPLETION_OVERRIDE}
   */
  public final Enrollment transition(EnrollmentStatus to, LocalDate date, StatusReason reason) {
    checkNotNull(reason, "reason must not be null");
    return move(to, date, reason, null);
  }

  private Enrollment move(
      EnrollmentStatus to,
      LocalDate date,
      @Nullable StatusReason reason,
      @Nullable Completion completion) {
    checkNotNull(to, "to must not be null");
    checkNotNull(date, "date must not be null");
    EnrollmentStatus from = status();
    Transition t =
        EnrollmentTransitions.find(from, to)
            .orElseThrow(() -> EnrollmentTransitions.illegal(from, to));
    if (t.reasonRequired() && reason == null) {
      throw new IllegalArgumentException(reasonMissing(from, to));
    }
    if (date.isBefore(statusSince())) {
      throw new IllegalArgumentException(dateOutOfOrder(date, statusSince()));
    }
    EnrollmentEvent event =
        completion != null
            ? EnrollmentEvent.of(date, from, to, completion)
            : reason == null
                ? EnrollmentEvent.of(date, from, to)
                : EnrollmentEvent.of(date, from, to, reason);
    return replay(
        participant(),
        cohort(),
        appliedOn(),
        ImmutableList.<EnrollmentEvent>builderWithExpectedSize(history().size() + 1)
            .addAll(history())
            .add(event)
            .build());
  }

  /**
   * Selects the applicant, or promotes a waitlisted one (lolos seleksi / naik dari daftar tunggu).
   *
   * @param date the date, not null
   * @return the new enrollment in {@link EnrollmentStatus#SELECTED}, not null
   * @throws IllegalStateException if not applied or waitlisted
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment select(LocalDate date) {
    return transition(EnrollmentStatus.SELECTED, date);
  }

  /**
   * Puts the applicant on the waitlist (daftar tunggu), e.g. with {@link ReasonCode#NO_SEATS}.
   *
   * @param date the date, not null
   * @param reason the reason, not null
   * @return the new enrollment in {@link EnrollmentStatus#WAITLISTED}, not null
   * @throws IllegalStateException if not applied
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment waitlist(LocalDate date, StatusReason reason) {
    return transition(EnrollmentStatus.WAITLISTED, date, reason);
  }

  /**
   * Rejects the applicant (tidak lolos).
   *
   * @param date the date, not null
   * @param reason the reason, not null
   * @return the new enrollment in {@link EnrollmentStatus#REJECTED}, not null
   * @throws IllegalStateException if not applied, waitlisted or selected
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment reject(LocalDate date, StatusReason reason) {
    return transition(EnrollmentStatus.REJECTED, date, reason);
  }

  /**
   * Confirms the re-registration (daftar ulang) of a selected applicant.
   *
   * @param date the date, not null
   * @return the new enrollment in {@link EnrollmentStatus#ENROLLED}, not null
   * @throws IllegalStateException if not selected or excluded
   * @throws IllegalArgumentException if the date is before the last change, or the status is
   *     excluded (re-admission needs a reason: use {@link #reopen})
   */
  public final Enrollment confirmReRegistration(LocalDate date) {
    return transition(EnrollmentStatus.ENROLLED, date);
  }

  /**
   * Marks a selected applicant who missed the re-registration deadline, or an enrolled one who
   * never showed up, as lapsed (gugur).
   *
   * @param date the date, not null
   * @param reason the reason, not null, e.g. {@link ReasonCode#MISSED_RE_REGISTRATION}
   * @return the new enrollment in {@link EnrollmentStatus#LAPSED}, not null
   * @throws IllegalStateException if not selected or enrolled
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment lapse(LocalDate date, StatusReason reason) {
    return transition(EnrollmentStatus.LAPSED, date, reason);
  }

  /**
   * Starts the training for an enrolled participant (mulai pelatihan).
   *
   * @param date the date, not null
   * @return the new enrollment in {@link EnrollmentStatus#ACTIVE}, not null
   * @throws IllegalStateException if not enrolled
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment start(LocalDate date) {
    return transition(EnrollmentStatus.ACTIVE, date);
  }

  /**
   * Records that an active participant completed the training (lulus), earned by the satisfied
   * completion the {@link id.terampil.core.attendance.CompletionRule} decided; the completion is
   * kept in the history ({@link EnrollmentEvent#completion()}).
   *
   * @param date the date, not null
   * @param completion the completion of this participant in this cohort, not null, satisfied
   * @return the new enrollment in {@link EnrollmentStatus#COMPLETED}, not null
   * @throws IllegalStateException if not active
   * @throws IllegalArgumentException if the completion is not satisfied or was decided for another
   *     participant or cohort, or the date is before the last change
   */
  public final Enrollment complete(LocalDate date, Completion completion) {
    checkNotNull(completion, "completion must not be null");
    return move(EnrollmentStatus.COMPLETED, date, null, completion);
  }

  /**
   * Records that an active participant completed the training by a recorded decision rather
   * than a satisfied completion (kelulusan ditetapkan), e.g. recognition of prior learning.
   *
   * @param date the date, not null
   * @param override the decision, not null, with code {@link ReasonCode#COMPLETION_OVERRIDE} and
   *     a note saying who decided and why
   * @return the new enrollment in {@link EnrollmentStatus#COMPLETED}, not null
   * @throws IllegalStateException if not active
   * @throws IllegalArgumentException if the reason's code is not COMPLETION_OVERRIDE, or the date
   *     is before the last change
   */
  public final Enrollment completeByOverride(LocalDate date, StatusReason override) {
    checkNotNull(override, "override must not be null");
    return move(EnrollmentStatus.COMPLETED, date, override, null);
  }

  /**
   * Returns the completion that earned {@link EnrollmentStatus#COMPLETED}.
   *
   * @return the completion of the current status, or empty if the status is not COMPLETED or
   *     was reached by an override
   */
  public final Optional<Completion> completion() {
    List<EnrollmentEvent> h = history();
    return h.isEmpty() ? Optional.empty() : h.get(h.size() - 1).completion();
  }

  /**
   * Records that an active participant did not meet the completion rule (tidak lulus).
   *
   * @param date the date, not null
   * @param reason the reason, not null, e.g. {@link ReasonCode#NOT_YET_COMPETENT}
   * @return the new enrollment in {@link EnrollmentStatus#NOT_COMPLETED}, not null
   * @throws IllegalStateException if not active
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment failToComplete(LocalDate date, StatusReason reason) {
    return transition(EnrollmentStatus.NOT_COMPLETED, date, reason);
  }

  /**
   * Records that an active participant left the training (putus pelatihan).
   *
   * @param date the date, not null
   * @param reason the reason, not null, e.g. {@link ReasonCode#FOUND_WORK}
   * @return the new enrollment in {@link EnrollmentStatus#DROPPED_OUT}, not null
   * @throws IllegalStateException if not active
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment dropOut(LocalDate date, StatusReason reason) {
    return transition(EnrollmentStatus.DROPPED_OUT, date, reason);
  }

  /**
   * Records a withdrawal before the training started (mengundurkan diri).
   *
   * @param date the date, not null
   * @param reason the reason, not null, e.g. {@link ReasonCode#MOVED_AWAY}
   * @return the new enrollment in {@link EnrollmentStatus#WITHDRAWN}, not null
   * @throws IllegalStateException if not applied, waitlisted, selected or enrolled
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment withdraw(LocalDate date, StatusReason reason) {
    return transition(EnrollmentStatus.WITHDRAWN, date, reason);
  }

  /**
   * Expels or excludes an enrolled or active participant (dikeluarkan).
   *
   * @param date the date, not null
   * @param reason the reason, not null, e.g. {@link ReasonCode#MISCONDUCT}
   * @return the new enrollment in {@link EnrollmentStatus#EXCLUDED}, not null
   * @throws IllegalStateException if not enrolled or active
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment exclude(LocalDate date, StatusReason reason) {
    return transition(EnrollmentStatus.EXCLUDED, date, reason);
  }

  /**
   * Re-opens a negative status along its one re-opening transition, e.g. a wrongly rejected
   * applicant back to {@link EnrollmentStatus#APPLIED}, see {@link
   * EnrollmentTransitions#reopening}.
   *
   * @param date the date, not null
   * @param reason the reason, not null, e.g. {@link ReasonCode#WRONGLY_DECIDED}
   * @return the new enrollment, not null
   * @throws IllegalStateException if the status is not negative
   * @throws IllegalArgumentException if the date is before the last change
   */
  public final Enrollment reopen(LocalDate date, StatusReason reason) {
    EnrollmentStatus from = status();
    Transition t =
        EnrollmentTransitions.reopening(from)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "only a negative status can be re-opened, the enrollment is " + from));
    return transition(t.to(), date, reason);
  }

  /**
   * Returns a summary with the NIK masked, e.g. {@code Enrollment{participant=3375********0001,
   * cohort=BLK25-LAS-1, status=ACTIVE, since=2025-07-01, events=4}}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Enrollment{participant="
        + participant().masked()
        + ", cohort="
        + cohort()
        + ", status="
        + status()
        + ", since="
        + statusSince()
        + ", events="
        + history().size()
        + "}";
  }
}
