package id.terampil.core.followup;

import static com.google.common.base.Preconditions.checkArgument;

import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.money.Rupiah;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One delivered piece of follow-up support (kegiatan pembinaan / penyaluran bantuan): what kind,
 * delivered by which agency, to whom, on which date, and optionally its value in rupiah.
 *
 * <p>The provider may be another agency than the program's organizer: in Pekalongan the BLK
 * trains and the Dinas Perdagangan, Koperasi dan UKM hands over the cart grants; in Palangka
 * Raya each technical SOPD gives its own tools. The optional {@link #cohort()} says whose
 * graduates the support followed, for per-cohort indicators.
 *
 * <p>Invariants: a value, when given, is positive (leave it empty when unknown or not
 * monetary); a note, when given, is a non-blank text of at most 500 characters. Whether a
 * one-time grant was already given is not an invariant of one activity: see {@link
 * FollowUpLedger}.
 *
 * <p>{@link #toString()} masks NIKs. Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FollowUpActivity {

  FollowUpActivity() {}

  /**
   * Returns the kind of support.
   *
   * @return the kind, not null
   */
  public abstract FollowUpKind kind();

  /**
   * Returns the agency that delivered the support, possibly not the program's organizer.
   *
   * @return the provider, not null
   */
  public abstract Organizer deliveredBy();

  /**
   * Returns the recipient: one participant or a business group.
   *
   * @return the recipient, not null
   */
  public abstract Recipient recipient();

  /**
   * Returns the date of delivery (e.g. the hand-over of a grant, or a coaching session).
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the value of the support in rupiah, if known (e.g. the price of a cart or the amount
   * of capital aid).
   *
   * @return the value, positive, or empty if unknown or not monetary
   */
  public abstract Optional<Rupiah> value();

  /**
   * Returns a note, e.g. what was given or which programme it came from, if given.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the cohort whose graduates this support followed, if stated.
   *
   * @return the cohort id, or empty
   */
  public abstract Optional<CohortId> cohort();

  /**
   * Returns an activity without value, note or cohort.
   *
   * @param kind the kind, not null
   * @param deliveredBy the providing agency, not null
   * @param recipient the recipient, not null
   * @param date the date of delivery, not null
   * @return the activity, not null
   */
  public static FollowUpActivity of(
      FollowUpKind kind, Organizer deliveredBy, Recipient recipient, LocalDate date) {
    return builder().kind(kind).deliveredBy(deliveredBy).recipient(recipient).date(date).build();
  }

  /**
   * Returns an activity with a value, e.g. a grant.
   *
   * @param kind the kind, not null
   * @param deliveredBy the providing agency, not null
   * @param recipient the recipient, not null
   * @param date the date of delivery, not null
   * @param value the value, positive
   * @return the activity, not null
   * @throws IllegalArgumentException if the value is zero
   */
  public static FollowUpActivity of(
      FollowUpKind kind, Organizer deliveredBy, Recipient recipient, LocalDate date, Rupiah value) {
    return builder()
        .kind(kind)
        .deliveredBy(deliveredBy)
        .recipient(recipient)
        .date(date)
        .value(value)
        .build();
  }

  /**
   * Returns a builder; {@code kind}, {@code deliveredBy}, {@code recipient} and {@code date} are
   * required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpActivity}. */
  public static final class Builder extends ImmutableFollowUpActivity.Builder {
    /** Creates an empty builder; prefer {@link FollowUpActivity#builder()}. */
    public Builder() {}
  }

  @Value.Check
  final void check() {
    value()
        .ifPresent(
            v -> checkArgument(!v.isZero(), "follow-up value must be positive when given: %s", v));
    FollowUpChecks.optionalText("follow-up note", note());
  }

  /**
   * Returns kind, provider, recipient (NIK masked), date and value.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "FollowUpActivity{kind=" + kind() + ", deliveredBy=" + deliveredBy().name()
        + ", recipient=" + recipient() + ", date=" + date()
        + value().map(v -> ", value=" + v).orElse("") + "}";
  }
}
