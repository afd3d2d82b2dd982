package id.terampil.core.followup;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import id.terampil.core.identity.Nik;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who receives a follow-up activity (penerima): one participant, identified by NIK, or a {@link
 * BusinessGroup} (kelompok usaha), whose members all count as beneficiaries.
 *
 * <p>{@link #toString()} masks the NIK. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
public final class Recipient {

  private final @Nullable Nik participant;
  private final @Nullable BusinessGroup group;

  private Recipient(@Nullable Nik participant, @Nullable BusinessGroup group) {
    this.participant = participant;
    this.group = group;
  }

  /**
   * Returns a recipient that is one participant.
   *
   * @param participant the participant's NIK, not null
   * @return the recipient, not null
   */
  public static Recipient participant(Nik participant) {
    return new Recipient(checkNotNull(participant, "participant must not be null"), null);
  }

  /**
   * Returns a recipient that is a business group.
   *
   * @param group the group, not null
   * @return the recipient, not null
   */
  public static Recipient group(BusinessGroup group) {
    return new Recipient(null, checkNotNull(group, "group must not be null"));
  }

  /**
   * Returns the participant, if the recipient is one person.
   *
   * @return the NIK, or empty for a group
   */
  public Optional<Nik> participant() {
    return Optional.ofNullable(participant);
  }

  /**
   * Returns the group, if the recipient is a business group.
   *
   * @return the group, or empty for one person
   */
  public Optional<BusinessGroup> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns whether the recipient is a business group.
   *
   * @return true for a group
   */
  public boolean isGroup() {
    return group != null;
  }

  /**
   * Returns every person who benefits: the participant, or every member of the group.
   *
   * @return the NIKs, not empty
   */
  public ImmutableSet<Nik> beneficiaries() {
    return participant != null ? ImmutableSet.of(participant) : Objects.requireNonNull(group).members();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Recipient
        && Objects.equals(((Recipient) obj).participant, participant)
        && Objects.equals(((Recipient) obj).group, group);
  }

  @Override
  public int hashCode() {
    return Objects.hash(participant, group);
  }

  /**
   * Returns the masked NIK, e.g. {@code participant 3375********0001}, or the group's name.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return participant != null
        ? "participant " + participant.masked()
        : "group '" + Objects.requireNonNull(group).name() + "'";
  }
}
