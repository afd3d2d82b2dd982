package id.terampil.examples.showcase;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Application;
import id.terampil.core.program.TrainingProgram;
import java.time.LocalDate;

/**
 * Where a program's applications come from: the first step of a {@link SeedRun}. In an agency's
 * system this is the registration database or a form export; in the showcase it is synthetic
 * (see {@link SyntheticApplicantPool}).
 *
 * <p>An implementation returns the same applications, in the same order, for the same program
 * and reference date, so that the showcase prints the same report on every run.
 */
public interface ApplicantPool {

  /**
   * Returns the applications to {@code program} registered up to {@code referenceDate}.
   *
   * @param program the program applied to, not null
   * @param referenceDate the close of registration, at which ages and documents are checked,
   *     not null
   * @return the applications in registration order, not null
   */
  ImmutableList<Application> applications(TrainingProgram program, LocalDate referenceDate);
}
