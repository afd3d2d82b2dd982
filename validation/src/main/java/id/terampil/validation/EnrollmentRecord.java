package id.terampil.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.Document;
import id.terampil.core.identity.CohortId;
import id.terampil.validation.internal.Texts;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One enrollment record (data pendaftaran) as an agency system sends it: untrusted text and loose
 * values, exactly as received. Nothing is checked or normalised here; every field may be
 * {@code null}, empty, huge or malformed. The lists are never null (absent means empty) and hold
 * no {@code null} entries (the builder rejects them: send an empty text for an empty cell, which
 * the validator reports). Check it with a {@link RecordValidator}.
 *
 * <p>Texts are expected as: NIK 16 digits; sex as forms and the KTP write it ({@code L}, {@code
 * P}, {@code LAKI-LAKI}, {@code PEREMPUAN}); birth date {@code yyyy-MM-dd} or day first ({@code
 * dd-MM-yyyy}, {@code dd/MM/yyyy}); domicile a Kemendagri region code; education and employment
 * the names of {@code EducationLevel} and {@code EmploymentStatus} or the KK's wording ({@code
 * SLTA/SEDERAJAT}, {@code MENGURUS RUMAH TANGGA}, see their {@code read} methods); names with
 * academic and religious titles as the KK writes them; role a {@code ParticipantRole} name
 * (absent for a citizen applicant); target groups codes such as {@code HOUSEWIFE}; KBLI five
 * digits; capital and sales rupiah amounts ({@code Rp 1.500.000});
 * registration time ISO-8601 ({@code 2024-07-01T09:30:00}); score a decimal number.
 *
 * <p>{@link #toString()} masks the NIK ({@code 3375********0001}) and the name and shortens
 * long values. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EnrollmentRecord {

  EnrollmentRecord() {}

  /**
   * Returns the NIK as sent.
   *
   * @return the NIK text, or null
   */
  public abstract @Nullable String nik();

  /**
   * Returns the name as sent.
   *
   * @return the name, or null
   */
  public abstract @Nullable String name();

  /**
   * Returns the sex code as sent.
   *
   * @return the sex text, or null
   */
  public abstract @Nullable String sex();

  /**
   * Returns the birth date as sent.
   *
   * @return the birth date text, or null
   */
  public abstract @Nullable String birthDate();

  /**
   * Returns the domicile region code as sent.
   *
   * @return the region code text, or null
   */
  public abstract @Nullable String domicileCode();

  /**
   * Returns the highest education completed as sent, expected as an {@code EducationLevel} name
   * such as {@code SMA_SMK} or a common form such as {@code SMK}, {@code D3} or {@code S1}.
   *
   * @return the education text, or null
   */
  public abstract @Nullable String education();

  /**
   * Returns the employment status as sent, expected as an {@code EmploymentStatus} name such as
   * {@code UNEMPLOYED} or {@code HOMEMAKER}, or an occupation as the KTP and KK write it: one
   * that names a status ({@code WIRASWASTA}), or one that names none ({@code GURU}), which is
   * converted as {@code EmploymentStatus.OTHER} with the occupation kept and the warning {@code
   * OCCUPATION_NOT_MAPPED}.
   *
   * @return the employment text, or null
   */
  public abstract @Nullable String employment();

  /**
   * Returns the program id as sent.
   *
   * @return the program id text, or null
   */
  public abstract @Nullable String programId();

  /**
   * Returns the cohort id as sent.
   *
   * @return the cohort id text, or null
   */
  public abstract @Nullable String cohortId();

  /**
   * Returns the role in which the person takes part, as sent: a {@code ParticipantRole} name such
   * as {@code CENTRE_MANAGER}, for rosters of nominated participants. Optional: absent (null or
   * blank) means {@code CITIZEN_APPLICANT}.
   *
   * @return the role text, or null
   */
  public abstract @Nullable String role();

  /**
   * Returns the target group codes as sent, in order.
   *
   * @return the codes, not null, possibly empty; entries may be empty or malformed
   */
  public abstract ImmutableList<String> targetGroups();

  /**
   * Returns the documents as sent, in order.
   *
   * @return the documents, not null, possibly empty
   */
  public abstract ImmutableList<DocumentEntry> documents();

  /**
   * Returns the KBLI code of the applicant's business, as sent.
   *
   * @return the KBLI text, or null
   */
  public abstract @Nullable String businessKbli();

  /**
   * Returns the business capital (modal usaha, excluding land and buildings), as sent.
   *
   * @return the amount text, or null
   */
  public abstract @Nullable String businessCapital();

  /**
   * Returns the business's annual sales (hasil penjualan tahunan), as sent.
   *
   * @return the amount text, or null
   */
  public abstract @Nullable String businessAnnualSales();

  /**
   * Returns the date the business started (tanggal mulai usaha), as sent, for the rules on a
   * business's age.
   *
   * @return the date text, or null
   */
  public abstract @Nullable String businessStartDate();

  /**
   * Returns the registration time as sent.
   *
   * @return the date-time text, or null
   */
  public abstract @Nullable String registeredAt();

  /**
   * Returns the selection score as sent.
   *
   * @return the score text, or null
   */
  public abstract @Nullable String score();

  /**
   * Returns a builder; every attribute is optional.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the record of {@code application} with a seat in {@code cohort}, in the canonical
   * wording of each field (the text a record validator reads back into the same values; for an
   * applicant of {@code EmploymentStatus.OTHER}, the occupation, which reads back with the warning
   * {@code OCCUPATION_NOT_MAPPED} where it is an occupation as the validator reads one): e.g. the
   * roster of the people a selection seated, to hand to another system or to check as an
   * {@linkplain RosterKind#ENROLLMENTS enrollment roster}.
   *
   * @param application the application, not null
   * @param cohort the cohort of the seat, not null
   * @return the record, not null
   */
  public static EnrollmentRecord of(Application application, CohortId cohort) {
    checkNotNull(application, "application must not be null");
    checkNotNull(cohort, "cohort must not be null");
    Applicant a = application.applicant();
    Builder b = builder();
    b.nik(a.nik().toString())
        .name(a.name().toString())
        .sex(a.sex().code())
        .birthDate(a.birthDate().toString())
        .domicileCode(a.domicile().toString())
        .education(a.education().name())
        .employment(a.occupation().orElse(a.employment().name()))
        .programId(application.program().toString())
        .cohortId(cohort.toString())
        .registeredAt(application.registeredAt().toString())
        .score(application.score().map(BigDecimal::toPlainString).orElse(null));
    a.targetGroups().forEach(g -> b.addTargetGroups(g.code()));
    for (Document d : a.documents()) {
      b.addDocuments(DocumentEntry.of(d.kind().name(), d.issueDate().toString()));
    }
    a.business()
        .ifPresent(
            business -> {
              b.businessKbli(business.kbli().toString());
              business.annualSales().ifPresent(v -> b.businessAnnualSales(v.toString()));
              business.capital().ifPresent(v -> b.businessCapital(v.toString()));
              business.startDate().ifPresent(d -> b.businessStartDate(d.toString()));
            });
    return b.build();
  }

  /** Builds an {@link EnrollmentRecord}; each attribute may be set once. */
  public static final class Builder extends ImmutableEnrollmentRecord.Builder {
    /** Creates an empty builder; prefer {@link EnrollmentRecord#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the record with the NIK masked ({@code 3375********0001}), the name masked to its
   * initials, and other values shortened to 64 characters.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("EnrollmentRecord{");
    sb.append("nik=").append(maskNik(nik()));
    sb.append(", name=").append(maskName(name()));
    append(sb, "sex", sex());
    append(sb, "birthDate", birthDate());
    append(sb, "domicileCode", domicileCode());
    append(sb, "education", education());
    append(sb, "employment", employment());
    append(sb, "programId", programId());
    append(sb, "cohortId", cohortId());
    append(sb, "role", role());
    sb.append(", targetGroups=").append(targetGroups().size());
    sb.append(", documents=").append(documents().size());
    append(sb, "businessKbli", businessKbli());
    append(sb, "businessCapital", businessCapital());
    append(sb, "businessAnnualSales", businessAnnualSales());
    append(sb, "businessStartDate", businessStartDate());
    append(sb, "registeredAt", registeredAt());
    append(sb, "score", score());
    return sb.append('}').toString();
  }

  private static void append(StringBuilder sb, String name, @Nullable String value) {
    sb.append(", ").append(name).append('=').append(value == null ? "null" : Texts.echo(value));
  }

  private static String maskNik(@Nullable String nik) {
    if (nik == null) {
      return "null";
    }
    String s = nik.strip();
    return s.length() == 16 ? Texts.maskNik(s) : "<" + nik.length() + " characters>";
  }

  private static String maskName(@Nullable String name) {
    if (name == null) {
      return "null";
    }
    return name.isEmpty() ? "" : Texts.echo(name.substring(0, Character.charCount(name.codePointAt(0)))) + "***";
  }
}
