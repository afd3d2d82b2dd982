package id.terampil.core.enrollment;

import static com.google.common.base.Preconditions.checkNotNull;
import static id.terampil.core.enrollment.EnrollmentStatus.ACTIVE;
import static id.terampil.core.enrollment.EnrollmentStatus.APPLIED;
import static id.terampil.core.enrollment.EnrollmentStatus.COMPLETED;
import static id.terampil.core.enrollment.EnrollmentStatus.DROPPED_OUT;
import static id.terampil.core.enrollment.EnrollmentStatus.ENROLLED;
import static id.terampil.core.enrollment.EnrollmentStatus.EXCLUDED;
import static id.terampil.core.enrollment.EnrollmentStatus.LAPSED;
import static id.terampil.core.enrollment.EnrollmentStatus.NOT_COMPLETED;
import static id.terampil.core.enrollment.EnrollmentStatus.REJECTED;
import static id.terampil.core.enrollment.EnrollmentStatus.SELECTED;
import static id.terampil.core.enrollment.EnrollmentStatus.WAITLISTED;
import static id.terampil.core.enrollment.EnrollmentStatus.WITHDRAWN;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The enrollment state machine as public data: every allowed {@link Transition}.
 *
 * <table>
 *   <caption>Allowed transitions (R: reason required; P: proof required, a satisfied
 *   completion or an override reason; O: re-opening)</caption>
 *   <tr><th>from</th><th>to</th><th></th><th>term</th></tr>
 *   <tr><td>APPLIED</td><td>SELECTED</td><td></td><td>lolos seleksi</td></tr>
 *   <tr><td>APPLIED</td><td>WAITLISTED</td><td>R</td><td>masuk daftar tunggu</td></tr>
 *   <tr><td>APPLIED</td><td>REJECTED</td><td>R</td><td>tidak lolos seleksi</td></tr>
 *   <tr><td>APPLIED</td><td>WITHDRAWN</td><td>R</td><td>mengundurkan diri</td></tr>
 *   <tr><td>WAITLISTED</td><td>SELECTED</td><td></td><td>naik dari daftar tunggu</td></tr>
 *   <tr><td>WAITLISTED</td><td>REJECTED</td><td>R</td><td>daftar tunggu ditutup</td></tr>
 *   <tr><td>WAITLISTED</td><td>WITHDRAWN</td><td>R</td><td>mengundurkan diri</td></tr>
 *   <tr><td>SELECTED</td><td>ENROLLED</td><td></td><td>daftar ulang</td></tr>
 *   <tr><td>SELECTED</td><td>LAPSED</td><td>R</td><td>gugur (tidak daftar ulang)</td></tr>
 *   <tr><td>SELECTED</td><td>REJECTED</td><td>R</td><td>dibatalkan saat verifikasi</td></tr>
 *   <tr><td>SELECTED</td><td>WITHDRAWN</td><td>R</td><td>mengundurkan diri</td></tr>
 *   <tr><td>ENROLLED</td><td>ACTIVE</td><td></td><td>mulai pelatihan</td></tr>
 *   <tr><td>ENROLLED</td><td>LAPSED</td><td>R</td><td>gugur (tidak hadir)</td></tr>
 *   <tr><td>ENROLLED</td><td>WITHDRAWN</td><td>R</td><td>mengundurkan diri</td></tr>
 *   <tr><td>ENROLLED</td><td>EXCLUDED</td><td>R</td><td>dikeluarkan</td></tr>
 *   <tr><td>ACTIVE</td><td>COMPLETED</td><td>P</td><td>lulus</td></tr>
 *   <tr><td>ACTIVE</td><td>NOT_COMPLETED</td><td>R</td><td>tidak lulus</td></tr>
 *   <tr><td>ACTIVE</td><td>DROPPED_OUT</td><td>R</td><td>putus pelatihan</td></tr>
 *   <tr><td>ACTIVE</td><td>EXCLUDED</td><td>R</td><td>dikeluarkan</td></tr>
 *   <tr><td>REJECTED</td><td>APPLIED</td><td>R, O</td><td>ditinjau ulang</td></tr>
 *   <tr><td>WITHDRAWN</td><td>APPLIED</td><td>R, O</td><td>pengunduran diri dibatalkan</td></tr>
 *   <tr><td>LAPSED</td><td>SELECTED</td><td>R, O</td><td>dipulihkan</td></tr>
 *   <tr><td>EXCLUDED</td><td>ENROLLED</td><td>R, O</td><td>diterima kembali</td></tr>
 *   <tr><td>DROPPED_OUT</td><td>ACTIVE</td><td>R, O</td><td>kembali mengikuti pelatihan</td></tr>
 *   <tr><td>NOT_COMPLETED</td><td>ACTIVE</td><td>R, O</td><td>remedial / uji ulang</td></tr>
 * </table>
 *
 * <p>Every negative status has exactly one re-opening transition, so no status but
 * {@link EnrollmentStatus#COMPLETED} is a dead end. Thread-safe.
 *
 * @since 0.1.0
 */
public final class EnrollmentTransitions {

  private static final ImmutableList<Transition> TABLE =
      ImmutableList.of(
          Transition.of(APPLIED, SELECTED, false, false, false, "lolos seleksi"),
          Transition.of(APPLIED, WAITLISTED, true, false, false, "masuk daftar tunggu"),
          Transition.of(APPLIED, REJECTED, true, false, false, "tidak lolos seleksi"),
          Transition.of(APPLIED, WITHDRAWN, true, false, false, "mengundurkan diri"),
          Transition.of(WAITLISTED, SELECTED, false, false, false, "naik dari daftar tunggu"),
          Transition.of(WAITLISTED, REJECTED, true, false, false, "daftar tunggu ditutup"),
          Transition.of(WAITLISTED, WITHDRAWN, true, false, false, "mengundurkan diri"),
          Transition.of(SELECTED, ENROLLED, false, false, false, "daftar ulang"),
          Transition.of(SELECTED, LAPSED, true, false, false, "gugur (tidak daftar ulang)"),
          Transition.of(SELECTED, REJECTED, true, false, false, "dibatalkan saat verifikasi"),
          Transition.of(SELECTED, WITHDRAWN, true, false, false, "mengundurkan diri"),
          Transition.of(ENROLLED, ACTIVE, false, false, false, "mulai pelatihan"),
          Transition.of(ENROLLED, LAPSED, true, false, false, "gugur (tidak hadir)"),
          Transition.of(ENROLLED, WITHDRAWN, true, false, false, "mengundurkan diri"),
          Transition.of(ENROLLED, EXCLUDED, true, false, false, "dikeluarkan"),
          Transition.of(ACTIVE, COMPLETED, false, true, false, "lulus"),
          Transition.of(ACTIVE, NOT_COMPLETED, true, false, false, "tidak lulus"),
          Transition.of(ACTIVE, DROPPED_OUT, true, false, false, "putus pelatihan"),
          Transition.of(ACTIVE, EXCLUDED, true, false, false, "dikeluarkan"),
          Transition.of(REJECTED, APPLIED, true, false, true, "ditinjau ulang"),
          Transition.of(WITHDRAWN, APPLIED, true, false, true, "pengunduran diri dibatalkan"),
          Transition.of(LAPSED, SELECTED, true, false, true, "dipulihkan"),
          Transition.of(EXCLUDED, ENROLLED, true, false, true, "diterima kembali"),
          Transition.of(DROPPED_OUT, ACTIVE, true, false, true, "kembali mengikuti pelatihan"),
          Transition.of(NOT_COMPLETED, ACTIVE, true, false, true, "remedial / uji ulang"));

  private static final ImmutableMap<EnrollmentStatus, ImmutableMap<EnrollmentStatus, Transition>>
      BY_FROM = index();

  private EnrollmentTransitions() {}

  private static ImmutableMap<EnrollmentStatus, ImmutableMap<EnrollmentStatus, Transition>>
      index() {
    Map<EnrollmentStatus, Map<EnrollmentStatus, Transition>> map =
        new EnumMap<>(EnrollmentStatus.class);
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      map.put(s, new LinkedHashMap<>());
    }
    for (Transition t : TABLE) {
      map.get(t.from()).put(t.to(), t);
    }
    ImmutableMap.Builder<EnrollmentStatus, ImmutableMap<EnrollmentStatus, Transition>> out =
        ImmutableMap.builder();
    map.forEach((k, v) -> out.put(k, ImmutableMap.copyOf(v)));
    return out.build();
  }

  /**
   * Returns every allowed transition, in the order of the table above.
   *
   * @return the table, not null, immutable
   */
  public static ImmutableList<Transition> table() {
    return TABLE;
  }

  /**
   * Returns the transition from {@code from} to {@code to}, if allowed.
   *
   * @param from the current status, not null
   * @param to the next status, not null
   * @return the transition, or empty if the move is not allowed
   */
  public static Optional<Transition> find(EnrollmentStatus from, EnrollmentStatus to) {
    checkNotNull(from, "from must not be null");
    checkNotNull(to, "to must not be null");
    return Optional.ofNullable(BY_FROM.get(from).get(to));
  }

  /**
   * Returns whether the move from {@code from} to {@code to} is allowed.
   *
   * @param from the current status, not null
   * @param to the next status, not null
   * @return whether the table holds the transition
   */
  public static boolean isAllowed(EnrollmentStatus from, EnrollmentStatus to) {
    return find(from, to).isPresent();
  }

  /**
   * Returns the transitions that leave {@code from}.
   *
   * @param from the current status, not null
   * @return the transitions, empty only for {@link EnrollmentStatus#COMPLETED}
   */
  public static ImmutableList<Transition> from(EnrollmentStatus from) {
    checkNotNull(from, "from must not be null");
    return BY_FROM.get(from).values().asList();
  }

  /**
   * Returns the transition that re-opens the negative status {@code from}.
   *
   * @param from the status, not null
   * @return the re-opening transition, or empty if {@code from} is not negative
   */
  public static Optional<Transition> reopening(EnrollmentStatus from) {
    return from(from).stream().filter(Transition::reopening).findFirst();
  }

  static IllegalStateException illegal(EnrollmentStatus from, EnrollmentStatus to) {
    return new IllegalStateException(illegalMessage(from, to));
  }

  static String illegalMessage(EnrollmentStatus from, EnrollmentStatus to) {
    ImmutableList<Transition> out = from(from);
    StringBuilder allowed = new StringBuilder();
    for (Transition t : out) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(t.to());
    }
    return "illegal enrollment transition from "
        + from
        + " to "
        + to
        + (out.isEmpty() ? "; " + from + " is final" : "; allowed from " + from + ": " + allowed);
  }
}
