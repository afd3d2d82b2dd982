package id.terampil.core.followup;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.terampil.core.identity.Nik;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The delivered follow-up activities of one or more programs (buku register pembinaan dan
 * bantuan), which refuses to give a one-time grant ({@link FollowUpKind#isOneTimeGrant()}) twice
 * to the same person: neither directly, nor through a business group they belong to, nor
 * directly after a group grant.
 *
 * <p>The rule is per ledger: a caller who keeps one ledger across programs and agencies gets
 * duplicate detection across them. The first grant recorded wins; a later one is refused with
 * one {@link GrantConflict} naming it and, for each beneficiary who already received the grant,
 * the earlier delivery (a group grant is one conflict naming the group and its members, not one
 * per member). {@link #record} returns a new ledger and copies the index
 * (linear in the ledger's size), so build large ledgers in one call with {@link #of}; {@link
 * #conflictsIn} reports every conflict of a batch at once without throwing.
 *
 * <p>Immutable, thread-safe and value-based; equal when the activities are equal in order.
 *
 * @since 0.1.0
 */
public final class FollowUpLedger {

  private static final FollowUpLedger EMPTY = new FollowUpLedger(ImmutableList.of(), ImmutableMap.of());

  private final ImmutableList<FollowUpActivity> activities;
  private final ImmutableMap<GrantKey, FollowUpActivity> grants;

  private FollowUpLedger(
      ImmutableList<FollowUpActivity> activities, ImmutableMap<GrantKey, FollowUpActivity> grants) {
    this.activities = activities;
    this.grants = grants;
  }

  private static final class GrantKey {
    private final Nik participant;
    private final FollowUpKind kind;

    GrantKey(Nik participant, FollowUpKind kind) {
      this.participant = participant;
      this.kind = kind;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof GrantKey
          && ((GrantKey) obj).participant.equals(participant)
          && ((GrantKey) obj).kind == kind;
    }

    @Override
    public int hashCode() {
      return participant.hashCode() * 31 + kind.hashCode();
    }
  }

  /**
   * Returns the empty ledger.
   *
   * @return the ledger without activities, not null
   */
  public static FollowUpLedger empty() {
    return EMPTY;
  }

  /**
   * Returns a ledger of {@code activities}, recorded in order.
   *
   * @param activities the activities, not null, no null elements
   * @return the ledger, not null
   * @throws IllegalStateException if an activity gives a one-time grant to a person who already
   *     received it from an earlier activity; the message is that of the first {@link
   *     GrantConflict}
   */
  public static FollowUpLedger of(Iterable<FollowUpActivity> activities) {
    return EMPTY.recordAll(activities);
  }

  /**
   * Returns every conflict in {@code activities} taken in order, without throwing: one per
   * one-time grant that would reach a person who already received one of the same kind from an
   * earlier accepted activity.
   *
   * @param activities the activities, not null, no null elements
   * @return the conflicts in order, empty if none, not null
   */
  public static ImmutableList<GrantConflict> conflictsIn(Iterable<FollowUpActivity> activities) {
    List<GrantConflict> conflicts = new ArrayList<>();
    Map<GrantKey, FollowUpActivity> seen = new HashMap<>();
    for (FollowUpActivity a : activities) {
      List<GrantConflict> found = conflicts(seen, a);
      if (found.isEmpty()) {
        index(seen, a);
      }
      conflicts.addAll(found);
    }
    return ImmutableList.copyOf(conflicts);
  }

  /**
   * Returns this ledger with {@code activity} recorded.
   *
   * @param activity the activity, not null
   * @return the new ledger, not null
   * @throws IllegalStateException if the activity gives a one-time grant to a person, or a member
   *     of a group, who already received a grant of that kind; the message names the kind, the
   *     masked NIK and both deliveries
   */
  public FollowUpLedger record(FollowUpActivity activity) {
    return recordAll(ImmutableList.of(activity));
  }

  /**
   * Returns this ledger with {@code activities} recorded in order.
   *
   * @param activities the activities, not null, no null elements
   * @return the new ledger, not null
   * @throws IllegalStateException for the first activity that would give a one-time grant twice
   */
  public FollowUpLedger recordAll(Iterable<FollowUpActivity> activities) {
    checkNotNull(activities, "activities must not be null");
    Map<GrantKey, FollowUpActivity> index = new HashMap<>(grants);
    ImmutableList.Builder<FollowUpActivity> all = ImmutableList.builder();
    all.addAll(this.activities);
    for (FollowUpActivity a : activities) {
      checkNotNull(a, "activity must not be null");
      List<GrantConflict> found = conflicts(index, a);
      if (!found.isEmpty()) {
        throw new IllegalStateException(found.get(0).message());
      }
      index(index, a);
      all.add(a);
    }
    return new FollowUpLedger(all.build(), ImmutableMap.copyOf(index));
  }

  /**
   * Returns the conflict that recording {@code activity} would cause, if any.
   *
   * @param activity the activity, not null
   * @return the conflict, naming every beneficiary who already received the grant, or empty if
   *     it may be recorded
   */
  public Optional<GrantConflict> conflictOf(FollowUpActivity activity) {
    checkNotNull(activity, "activity must not be null");
    return conflicts(grants, activity).stream().findFirst();
  }

  /** The conflict of {@code a}, one for the whole activity, or an empty list. */
  private static List<GrantConflict> conflicts(
      Map<GrantKey, FollowUpActivity> index, FollowUpActivity a) {
    if (!a.kind().isOneTimeGrant()) {
      return List.of();
    }
    Map<Nik, FollowUpActivity> earlier = new LinkedHashMap<>();
    for (Nik nik : a.recipient().beneficiaries()) {
      FollowUpActivity e = index.get(new GrantKey(nik, a.kind()));
      if (e != null) {
        earlier.put(nik, e);
      }
    }
    return earlier.isEmpty() ? List.of() : List.of(GrantConflict.of(a, earlier));
  }

  private static void index(Map<GrantKey, FollowUpActivity> index, FollowUpActivity a) {
    if (a.kind().isOneTimeGrant()) {
      for (Nik nik : a.recipient().beneficiaries()) {
        index.put(new GrantKey(nik, a.kind()), a);
      }
    }
  }

  /**
   * Returns every recorded activity, in the order recorded.
   *
   * @return the activities, not null
   */
  public ImmutableList<FollowUpActivity> activities() {
    return activities;
  }

  /**
   * Returns the activities that benefited {@code participant}, directly or through a group.
   *
   * @param participant the NIK, not null
   * @return the activities in the order recorded, not null
   */
  public ImmutableList<FollowUpActivity> activitiesFor(Nik participant) {
    checkNotNull(participant, "participant must not be null");
    return activities.stream()
        .filter(a -> a.recipient().beneficiaries().contains(participant))
        .collect(toImmutableList());
  }

  /**
   * Returns the activity through which {@code participant} received the one-time grant {@code
   * kind}, if any.
   *
   * @param participant the NIK, not null
   * @param kind a one-time grant kind, not null
   * @return the activity, or empty if none (always empty for kinds that are not one-time grants)
   */
  public Optional<FollowUpActivity> grantReceived(Nik participant, FollowUpKind kind) {
    checkNotNull(participant, "participant must not be null");
    checkNotNull(kind, "kind must not be null");
    return Optional.ofNullable(grants.get(new GrantKey(participant, kind)));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof FollowUpLedger && ((FollowUpLedger) obj).activities.equals(activities);
  }

  @Override
  public int hashCode() {
    return activities.hashCode();
  }

  /**
   * Returns the number of activities, without personal data.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "FollowUpLedger{activities=" + activities.size() + "}";
  }
}
