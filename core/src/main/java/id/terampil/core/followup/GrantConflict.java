package id.terampil.core.followup;

import id.terampil.core.identity.Nik;
import org.immutables.value.Value;

/**
 * A refused one-time grant: {@link #participant()} already received a grant of {@link #kind()}
 * through {@link #earlier()}, directly or through a business group, so {@link #refused()} may not
 * give it again.
 *
 * <p>The problem carrier of the follow-up ledger: it names two deliveries, the earlier grant and
 * the refused one, which no other problem carrier can.
 *
 * <p>{@link #message()} and {@link #toString()} mask the NIK. Immutable, thread-safe and
 * value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GrantConflict {

  GrantConflict() {}

  /**
   * Returns the person who would receive the grant twice.
   *
   * @return the NIK, not null
   */
  public abstract Nik participant();

  /**
   * Returns the activity that gave the grant first.
   *
   * @return the earlier activity, not null
   */
  public abstract FollowUpActivity earlier();

  /**
   * Returns the activity that was refused.
   *
   * @return the refused activity, not null
   */
  public abstract FollowUpActivity refused();

  /**
   * Returns the kind of one-time grant.
   *
   * @return the kind of the refused activity, not null
   */
  public final FollowUpKind kind() {
    return refused().kind();
  }

  static GrantConflict of(Nik participant, FollowUpActivity earlier, FollowUpActivity refused) {
    return ImmutableGrantConflict.builder()
        .participant(participant)
        .earlier(earlier)
        .refused(refused)
        .build();
  }

  /**
   * Returns an English message naming the grant, the masked NIK, the earlier delivery and the
   * refused one.
   *
   * @return the message, not null
   */
  public final String message() {
    return "one-time grant "
        + kind()
        + " ("
        + kind().indonesianTerm()
        + ") may be given only once per person: "
        + participant().masked()
        + " already received it on "
        + earlier().date()
        + " from "
        + earlier().deliveredBy().name()
        + via(earlier())
        + "; refused the "
        + kind()
        + " of "
        + refused().date()
        + " from "
        + refused().deliveredBy().name()
        + via(refused());
  }

  private static String via(FollowUpActivity a) {
    return a.recipient().group().map(g -> " via group '" + g.name() + "'").orElse("");
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
