package id.terampil.validation;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.program.ParticipantRole;
import org.jspecify.annotations.Nullable;

/**
 * What the record validator made of one record: its findings and the values a batch goes on
 * with. Immutable.
 *
 * @param index the record's index in its batch
 * @param findings the findings, in the order of {@link RecordValidator#validate}
 * @param nik the NIK, where it reads
 * @param cohortId the cohort id, where it reads
 * @param programId the program id, where it reads (or the program standing for an absent one)
 * @param role the role: {@code CITIZEN_APPLICANT} where the record names none, null where it
 *     names no role
 * @param applicant the applicant, where the record converts without an error
 * @param application the application, where the record converts without an error
 */
record CheckedRecord(
    int index,
    ImmutableList<Finding> findings,
    @Nullable Nik nik,
    @Nullable CohortId cohortId,
    @Nullable ProgramId programId,
    @Nullable ParticipantRole role,
    @Nullable Applicant applicant,
    @Nullable Application application) {

  /** Returns the number of error findings. */
  int errors() {
    int errors = 0;
    for (Finding f : findings) {
      errors += f.isError() ? 1 : 0;
    }
    return errors;
  }

  /** Returns the report of the record on its own. */
  RecordReport report() {
    return RecordReport.of(index, findings, errors() == 0 ? application : null);
  }
}
