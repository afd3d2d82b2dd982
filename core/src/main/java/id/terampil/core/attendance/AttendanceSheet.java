package id.terampil.core.attendance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The attendance list of one cohort (daftar hadir): its sessions, its participants and a mark
 * ({@link AttendanceMark}) per session and participant where one was recorded.
 *
 * <p>Recording returns a new sheet; a later mark for the same session and participant replaces
 * the earlier one (a correction). A whole cohort is recorded in one call with {@link
 * #recordAll} or {@link #recordAllPresentExcept}; the cost of a call is proportional to the
 * cohort's size, not to the whole sheet. Sessions and participants outside the sheet are refused.
 * Missing marks are reported by {@link #unmarked()} and in each {@link AttendanceSummary}.
 *
 * <h2>Late joiners</h2>
 *
 * <p>A participant can join after the first session, e.g. promoted from the waitlist when a seat
 * was released ({@link #withLateJoiner}). The rule: the sessions before their joining date are not
 * theirs. They take no mark there (recording one is refused, a whole-session recording passes them
 * by), they are never {@linkplain #unmarked() unmarked} there, and their {@link AttendanceSummary}
 * counts only the sessions from the joining date, so a {@link CompletionRule} judges their
 * attendance rate over those sessions. Everyone else's sessions are all of the sheet's.
 *
 * <p>{@link #heldBy(LocalDate)} gives the sheet as it stands on a date, for attendance to date
 * while the cohort is still training; such a sheet remembers the sessions not yet held, and its
 * summaries do too, so that no completion taken from them is satisfied before the cohort ends.
 *
 * <p>Messages and {@link #toString()} never show a full NIK. Immutable, thread-safe and
 * value-based.
 *
 * @since 0.1.0
 */
public final class AttendanceSheet {

  private final CohortId cohort;
  private final ImmutableSortedSet<TrainingSession> sessions;
  private final ImmutableSet<Nik> participants;
  private final ImmutableMap<TrainingSession, ImmutableMap<Nik, AttendanceMark>> marks;
  /** The cohort's sessions after {@link #sessions}, on a sheet from {@link #heldBy}; else empty. */
  private final ImmutableSortedSet<TrainingSession> notYetHeld;
  /** The joining date of each late joiner; participants not here take part in every session. */
  private final ImmutableMap<Nik, LocalDate> joinedOn;

  private AttendanceSheet(
      CohortId cohort,
      ImmutableSortedSet<TrainingSession> sessions,
      ImmutableSet<Nik> participants,
      ImmutableMap<TrainingSession, ImmutableMap<Nik, AttendanceMark>> marks,
      ImmutableSortedSet<TrainingSession> notYetHeld,
      ImmutableMap<Nik, LocalDate> joinedOn) {
    this.cohort = cohort;
    this.sessions = sessions;
    this.participants = participants;
    this.marks = marks;
    this.notYetHeld = notYetHeld;
    this.joinedOn = joinedOn;
  }

  /**
   * Returns an empty sheet (no marks yet).
   *
   * @param cohort the cohort, not null
   * @param sessions the sessions, not null, not empty, no two with the same date and ordinal
   * @param participants the participants' NIKs, not null, no duplicates
   * @return the sheet, not null
   * @throws IllegalArgumentException if there is no session, a session or a participant is given
   *     twice
   */
  public static AttendanceSheet of(
      CohortId cohort, Collection<TrainingSession> sessions, Collection<Nik> participants) {
    checkNotNull(cohort, "cohort must not be null");
    checkNotNull(sessions, "sessions must not be null");
    checkNotNull(participants, "participants must not be null");
    checkArgument(!sessions.isEmpty(), "sessions must not be empty");
    ImmutableSortedSet<TrainingSession> s = ImmutableSortedSet.copyOf(sessions);
    checkArgument(s.size() == sessions.size(), "sessions must not repeat a date and ordinal");
    Set<Nik> seen = new LinkedHashSet<>();
    for (Nik nik : participants) {
      checkArgument(seen.add(nik), "participants must not repeat a NIK: %s", nik.masked());
    }
    return new AttendanceSheet(
        cohort,
        s,
        ImmutableSet.copyOf(seen),
        ImmutableMap.of(),
        ImmutableSortedSet.of(),
        ImmutableMap.of());
  }

  /**
   * Returns this sheet with a participant who joins on {@code joinedOn}, e.g. promoted from the
   * waitlist after the first day: the sessions before that date are not theirs (see the class
   * documentation). Marks already recorded are kept.
   *
   * @param participant the newcomer's NIK, not null, not yet on the sheet
   * @param joinedOn the first day they take part, not null, not after the cohort's last session
   * @return the new sheet, not null
   * @throws IllegalArgumentException if the participant is already on the sheet, or no session of
   *     the cohort is on or after {@code joinedOn}
   * @since 0.1.0
   */
  public AttendanceSheet withLateJoiner(Nik participant, LocalDate joinedOn) {
    checkNotNull(participant, "participant must not be null");
    checkNotNull(joinedOn, "joinedOn must not be null");
    checkArgument(
        !participants.contains(participant),
        "participant %s is already on the attendance sheet of cohort %s",
        participant.masked(),
        cohort);
    LocalDate last = notYetHeld.isEmpty() ? sessions.last().date() : notYetHeld.last().date();
    checkArgument(
        !joinedOn.isAfter(last),
        "joinedOn %s is after the last session of cohort %s on %s",
        joinedOn,
        cohort,
        last);
    return new AttendanceSheet(
        cohort,
        sessions,
        ImmutableSet.<Nik>builder().addAll(participants).add(participant).build(),
        marks,
        notYetHeld,
        ImmutableMap.<Nik, LocalDate>builder().putAll(joinedOn()).put(participant, joinedOn)
            .buildOrThrow());
  }

  /**
   * Returns the joining date of each late joiner ({@link #withLateJoiner}).
   *
   * @return the dates by NIK, not null, empty if everyone took part from the first session
   * @since 0.1.0
   */
  public ImmutableMap<Nik, LocalDate> joinedOn() {
    return joinedOn;
  }

  /** Whether {@code session} is one of {@code participant}'s: on or after their joining date. */
  private boolean takesPart(Nik participant, TrainingSession session) {
    LocalDate from = joinedOn.get(participant);
    return from == null || !session.date().isBefore(from);
  }

  /**
   * Returns the cohort.
   *
   * @return the cohort id, not null
   */
  public CohortId cohort() {
    return cohort;
  }

  /**
   * Returns the sessions in order: all of the cohort's, or on a sheet from {@link #heldBy} those
   * held by its date.
   *
   * @return the sessions, not null, not empty
   */
  public ImmutableSortedSet<TrainingSession> sessions() {
    return sessions;
  }

  /**
   * Returns the cohort's sessions that are not yet held on a sheet from {@link #heldBy}: the ones
   * after its date. They take no marks here.
   *
   * @return the sessions in order, not null; empty on a sheet of all the cohort's sessions
   */
  public ImmutableSortedSet<TrainingSession> sessionsNotYetHeld() {
    return notYetHeld;
  }

  /**
   * Returns the participants in the order given.
   *
   * @return the NIKs, not null
   */
  public ImmutableSet<Nik> participants() {
    return participants;
  }

  /**
   * Returns the mark of one participant at one session.
   *
   * @param session a session of the sheet, not null
   * @param participant a participant of the sheet, not null
   * @return the mark, or empty if none was recorded
   * @throws IllegalArgumentException if the session or participant is not on the sheet
   */
  public Optional<AttendanceMark> mark(TrainingSession session, Nik participant) {
    checkSession(session);
    checkParticipant(participant);
    return Optional.ofNullable(recorded(session).get(participant));
  }

  /**
   * Returns the marks recorded for one session.
   *
   * @param session a session of the sheet, not null
   * @return the marks by participant, not null, possibly empty
   * @throws IllegalArgumentException if the session is not on the sheet
   */
  public ImmutableMap<Nik, AttendanceMark> marks(TrainingSession session) {
    checkSession(session);
    return recorded(session);
  }

  /** The marks recorded for a session already checked to be on the sheet. */
  private ImmutableMap<Nik, AttendanceMark> recorded(TrainingSession session) {
    ImmutableMap<Nik, AttendanceMark> m = marks.get(session);
    return m == null ? ImmutableMap.of() : m;
  }

  /**
   * Records one mark.
   *
   * @param session a session of the sheet, not null
   * @param participant a participant of the sheet, not null
   * @param mark the mark, not null
   * @return the new sheet, not null
   * @throws IllegalArgumentException if the session or participant is not on the sheet
   */
  public AttendanceSheet record(TrainingSession session, Nik participant, AttendanceMark mark) {
    checkNotNull(mark, "mark must not be null");
    return recordAll(session, ImmutableMap.of(participant, mark));
  }

  /**
   * Records the marks of many participants at one session in one call; marks of participants not
   * in {@code marksByParticipant} are kept.
   *
   * @param session a session of the sheet, not null
   * @param marksByParticipant the marks, not null, only participants of the sheet
   * @return the new sheet, not null
   * @throws IllegalArgumentException if the session or a participant is not on the sheet
   */
  public AttendanceSheet recordAll(
      TrainingSession session, Map<Nik, AttendanceMark> marksByParticipant) {
    checkSession(session);
    checkNotNull(marksByParticipant, "marks must not be null");
    Map<Nik, AttendanceMark> merged = new LinkedHashMap<>(recorded(session));
    marksByParticipant.forEach(
        (nik, mark) -> {
          checkParticipant(nik);
          checkTakesPart(nik, session);
          merged.put(nik, checkNotNull(mark, "mark must not be null"));
        });
    return withSession(session, merged);
  }

  /**
   * Records a whole session at once: every participant {@link AttendanceMark#PRESENT} except
   * those in {@code exceptions}, who get the mark given there. Earlier marks of the session are
   * replaced.
   *
   * @param session a session of the sheet, not null
   * @param exceptions the participants not present and their marks, not null, only participants
   *     of the sheet
   * @return the new sheet, not null
   * @throws IllegalArgumentException if the session or a participant is not on the sheet
   */
  public AttendanceSheet recordAllPresentExcept(
      TrainingSession session, Map<Nik, AttendanceMark> exceptions) {
    checkSession(session);
    checkNotNull(exceptions, "exceptions must not be null");
    exceptions.forEach(
        (nik, mark) -> {
          checkParticipant(nik);
          checkTakesPart(nik, session);
          checkNotNull(mark, "mark must not be null");
        });
    Map<Nik, AttendanceMark> all = new LinkedHashMap<>();
    for (Nik nik : participants) {
      if (!takesPart(nik, session)) {
        continue;
      }
      AttendanceMark m = exceptions.get(nik);
      all.put(nik, m == null ? AttendanceMark.PRESENT : m);
    }
    return withSession(session, all);
  }

  private AttendanceSheet withSession(TrainingSession session, Map<Nik, AttendanceMark> row) {
    Map<TrainingSession, ImmutableMap<Nik, AttendanceMark>> next = new LinkedHashMap<>(marks);
    if (row.isEmpty()) {
      next.remove(session);
    } else {
      next.put(session, ImmutableMap.copyOf(row));
    }
    return new AttendanceSheet(
        cohort, sessions, participants, ImmutableMap.copyOf(next), notYetHeld, joinedOn);
  }

  private void checkTakesPart(Nik participant, TrainingSession session) {
    checkArgument(
        takesPart(participant, session),
        "participant %s joined cohort %s on %s, after session %s",
        participant.masked(),
        cohort,
        joinedOn.get(participant),
        session);
  }

  private void checkSession(TrainingSession session) {
    checkNotNull(session, "session must not be null");
    checkArgument(
        !notYetHeld.contains(session),
        "session %s of cohort %s is not yet held on this sheet",
        session,
        cohort);
    checkArgument(
        sessions.contains(session),
        "session %s is not a session of cohort %s",
        session,
        cohort);
  }

  private void checkParticipant(Nik participant) {
    checkNotNull(participant, "participant must not be null");
    checkArgument(
        participants.contains(participant),
        "participant %s is not on the attendance sheet of cohort %s",
        participant.masked(),
        cohort);
  }

  /**
   * Returns the sheet as it stands on a date, for attendance to date while a cohort is still
   * training (e.g. who is falling below a completion rule's minimum): the sessions dated on or
   * before {@code date} with their marks, and the later ones as {@linkplain #sessionsNotYetHeld()
   * not yet held}. Summaries of the result count the held sessions, keep the cohort's real
   * {@linkplain AttendanceSummary#lastSessionDate() last session date} and the number of sessions
   * not yet held, so a {@link CompletionRule} evaluated on them reports {@link
   * CompletionCode#SESSIONS_NOT_YET_HELD} (beside the attendance so far) and no certificate can be
   * issued from them. A mark recorded ahead of time for a later session is left out with it.
   *
   * @param date the date, not null; sessions on that date count as held
   * @return the sheet of the held sessions ({@code this} if every session is held), or empty if
   *     no session is dated on or before {@code date}
   */
  public Optional<AttendanceSheet> heldBy(LocalDate date) {
    checkNotNull(date, "date must not be null");
    if (!sessions.last().date().isAfter(date)) {
      return Optional.of(this);
    }
    ImmutableSortedSet.Builder<TrainingSession> held = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<TrainingSession> later = ImmutableSortedSet.naturalOrder();
    ImmutableMap.Builder<TrainingSession, ImmutableMap<Nik, AttendanceMark>> heldMarks =
        ImmutableMap.builder();
    for (TrainingSession s : sessions) {
      if (s.date().isAfter(date)) {
        later.add(s);
        continue;
      }
      held.add(s);
      ImmutableMap<Nik, AttendanceMark> row = marks.get(s);
      if (row != null) {
        heldMarks.put(s, row);
      }
    }
    ImmutableSortedSet<TrainingSession> kept = held.build();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    later.addAll(notYetHeld);
    return Optional.of(
        new AttendanceSheet(
            cohort, kept, participants, heldMarks.buildOrThrow(), later.build(), joinedOn));
  }

  /**
   * Returns every session and participant without a mark.
   *
   * @return the unmarked participants by session, in session order, not null
   */
  public ImmutableSetMultimap<TrainingSession, Nik> unmarked() {
    ImmutableSetMultimap.Builder<TrainingSession, Nik> out = ImmutableSetMultimap.builder();
    for (TrainingSession s : sessions) {
      ImmutableMap<Nik, AttendanceMark> row = recorded(s);
      for (Nik nik : participants) {
        if (!row.containsKey(nik) && takesPart(nik, s)) {
          out.put(s, nik);
        }
      }
    }
    return out.build();
  }

  /**
   * Returns whether every participant has a mark at every session of theirs (from their joining
   * date for a late joiner).
   *
   * @return whether {@link #unmarked()} is empty
   */
  public boolean isComplete() {
    for (TrainingSession s : sessions) {
      int expected = participants.size();
      for (LocalDate from : joinedOn.values()) {
        if (s.date().isBefore(from)) {
          expected--;
        }
      }
      if (recorded(s).size() < expected) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns one participant's attendance summary.
   *
   * @param participant a participant of the sheet, not null
   * @return the summary, not null
   * @throws IllegalArgumentException if the participant is not on the sheet
   */
  public AttendanceSummary summary(Nik participant) {
    checkParticipant(participant);
    int present = 0;
    int excused = 0;
    int absent = 0;
    int theirs = 0;
    ImmutableList.Builder<TrainingSession> unmarked = ImmutableList.builder();
    for (TrainingSession s : sessions) {
      if (!takesPart(participant, s)) {
        continue;
      }
      theirs++;
      AttendanceMark m = recorded(s).get(participant);
      if (m == null) {
        unmarked.add(s);
      } else if (m == AttendanceMark.PRESENT) {
        present++;
      } else if (m == AttendanceMark.EXCUSED) {
        excused++;
      } else {
        absent++;
      }
    }
    return AttendanceSummary.of(
        participant,
        cohort,
        theirs,
        present,
        excused,
        absent,
        unmarked.build(),
        notYetHeld.isEmpty() ? sessions.last().date() : notYetHeld.last().date(),
        (int) notYetHeld.stream().filter(n -> takesPart(participant, n)).count());
  }

  /**
   * Returns every participant's summary, in participant order.
   *
   * @return the summaries by NIK, not null
   */
  public ImmutableMap<Nik, AttendanceSummary> summaries() {
    ImmutableMap.Builder<Nik, AttendanceSummary> out =
        ImmutableMap.builderWithExpectedSize(participants.size());
    for (Nik nik : participants) {
      out.put(nik, summary(nik));
    }
    return out.build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof AttendanceSheet)) {
      return false;
    }
    AttendanceSheet o = (AttendanceSheet) obj;
    return cohort.equals(o.cohort)
        && sessions.equals(o.sessions)
        && participants.equals(o.participants)
        && marks.equals(o.marks)
        && notYetHeld.equals(o.notYetHeld)
        && joinedOn.equals(o.joinedOn);
  }

  @Override
  public int hashCode() {
    int h = cohort.hashCode();
    h = h * 31 + sessions.hashCode();
    h = h * 31 + participants.hashCode();
    h = h * 31 + marks.hashCode();
    h = h * 31 + notYetHeld.hashCode();
    return h * 31 + joinedOn.hashCode();
  }

  /**
   * Returns the cohort and the sizes of the sheet, without NIKs.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    int count = 0;
    for (ImmutableMap<Nik, AttendanceMark> row : marks.values()) {
      count += row.size();
    }
    return "AttendanceSheet{cohort="
        + cohort
        + ", sessions="
        + sessions.size()
        + ", participants="
        + participants.size()
        + ", marks="
        + count
        + (notYetHeld.isEmpty() ? "" : ", notYetHeld=" + notYetHeld.size())
        + (joinedOn.isEmpty() ? "" : ", lateJoiners=" + joinedOn.size())
        + "}";
  }
}
