package id.terampil.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.identity.Nik;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A refused one-time grant: {@link #refused()} would give a grant of {@link #kind()} to people
 * who already received one, directly or through a business group. One conflict per refused
 * activity: a grant to a group names the group and its members once, with each member who
 * already received the grant and through which activity ({@link #earlierByParticipant()}).
 *
 * <p>The problem carrier of the follow-up ledger: it names the refused delivery and the earlier
 * ones, which no other problem carrier can.
 *
 * <p>{@link #message()} and {@link #toString()} mask the NIKs. Immutable, thread-safe and
 * value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GrantConflict {

  GrantConflict() {}

  /**
   * Returns the activity that was refused.
   *
   * @return the refused activity, not null
   */
  public abstract FollowUpActivity refused();

  /**
   * Returns each beneficiary of {@link #refused()} who already received the grant, with the
   * activity that gave it first, in the refused recipient's member order.
   *
   * @return the earlier grants by NIK, not empty
   */
  public abstract ImmutableMap<Nik, FollowUpActivity> earlierByParticipant();

  /**
   * Returns the beneficiaries who already received the grant.
   *
   * @return the NIKs, not empty
   */
  public final ImmutableSet<Nik> participants() {
    return earlierByParticipant().keySet();
  }

  /**
   * Returns the business group the refused grant was for, if it was for a group.
   *
   * @return the group, or empty for a grant to one person
   */
  public final Optional<BusinessGroup> group() {
    return refused().recipient().group();
  }

  /**
   * Returns the kind of one-time grant.
   *
   * @return the kind of the refused activity, not null
   */
  public final FollowUpKind kind() {
    return refused().kind();
  }

  static GrantConflict of(FollowUpActivity refused, Map<Nik, FollowUpActivity> earlier) {
    return ImmutableGrantConflict.builder()
        .refused(refused)
        .putAllEarlierByParticipant(earlier)
        .build();
  }

  @Value.Check
  final void check() {
    checkArgument(
        !earlierByParticipant().isEmpty()
            && refused().recipient().beneficiaries().containsAll(participants()),
        "grant conflict earlierByParticipant must name beneficiaries of the refused grant %s: %s",
        refused(),
        participants().stream().map(Nik::masked).collect(joining(", ", "[", "]")));
  }

  /**
   * Returns an English message naming the grant, the refused delivery with its recipient (a
   * group with its masked members), and each masked NIK that already received it with that
   * earlier delivery.
   *
   * @return the message, not null
   */
  public final String message() {
    return "one-time grant "
        + kind()
        + " ("
        + kind().indonesianTerm()
        + ") may be given only once per person: refused the "
        + kind()
        + " of "
        + refused().date()
        + " from "
        + refused().deliveredBy().name()
        + " to "
        + group()
            .map(
                g ->
                    "group '"
                        + g.name()
                        + "' (members "
                        + g.members().stream().map(Nik::masked).collect(joining(", "))
                        + ")")
            .orElse("participant " + participants().iterator().next().masked())
        + ": "
        + earlierByParticipant().entrySet().stream()
            .map(
                e ->
                    e.getKey().masked()
                        + " already received it on "
                        + e.getValue().date()
                        + " from "
                        + e.getValue().deliveredBy().name()
                        + e.getValue().recipient().group().map(g -> " via group '" + g.name() + "'").orElse(""))
            .collect(joining("; "));
  }

  /**
   * Returns {@link #message()}.
   *
   * @return the message, not null
   */
  @Override
  public String toString() {
    return message();
  }
}
