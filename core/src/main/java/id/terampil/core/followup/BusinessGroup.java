package id.terampil.core.followup;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.identity.Nik;
import java.util.Collection;
import org.immutables.value.Value;

/**
 * A business group of trained participants (kelompok usaha / kelompok binaan), such as the groups
 * Dekranasda Kota Sorong keeps coaching after its training: a name and its members' NIKs.
 *
 * <p>Invariants: the name is a non-blank text of at most 500 characters without control
 * characters; there is at least one member. Support given to a group counts for every member,
 * so a one-time grant to the group is a grant to each of them (see {@link FollowUpLedger}).
 *
 * <p>{@link #toString()} shows the name and the number of members, never a NIK. Immutable,
 * thread-safe and value-based; equal when name and members are equal.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BusinessGroup {

  BusinessGroup() {}

  /**
   * Returns the group's name, e.g. "Kelompok Kue Sagu Remu".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the members' NIKs, in the order given.
   *
   * @return the members, not empty
   */
  public abstract ImmutableSet<Nik> members();

  /**
   * Returns a group.
   *
   * @param name the name, not blank
   * @param members the members' NIKs, not null, not empty; duplicates are kept once
   * @return the group, not null
   * @throws IllegalArgumentException if the name is blank, too long or holds control characters,
   *     or there is no member
   */
  public static BusinessGroup of(String name, Collection<Nik> members) {
    return builder().name(name).addAllMembers(members).build();
  }

  /**
   * Returns a builder; {@code name} and at least one member are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BusinessGroup}. */
  public static final class Builder extends ImmutableBusinessGroup.Builder {
    /** Creates an empty builder; prefer {@link BusinessGroup#builder()}. */
    public Builder() {}
  }

  /**
   * Returns whether {@code participant} is a member.
   *
   * @param participant the NIK, not null
   * @return whether the group holds that NIK
   */
  public boolean includes(Nik participant) {
    return members().contains(participant);
  }

  @Value.Check
  final void check() {
    FollowUpChecks.text("business group name", name());
    checkArgument(!members().isEmpty(), "business group members must not be empty: %s", name());
  }

  /**
   * Returns the name and the number of members, without NIKs.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "BusinessGroup{name=" + name() + ", members=" + members().size() + "}";
  }
}
