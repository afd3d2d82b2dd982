package id.terampil.examples.showcase;

import com.google.common.collect.ImmutableList;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.selection.SelectionPolicy;
import java.time.LocalDate;

/**
 * Everything a {@link SeedRun} needs for one program: the program, the close of registration (the
 * reference date of eligibility), where the applications come from, how applicants are selected,
 * what completing a cohort takes, the follow-up the article announces, and the seed of every
 * pseudo-random choice (re-registration, attendance, assessment).
 *
 * @param program the program, not null
 * @param registrationCloses the close of registration, before every cohort starts, not null
 * @param pool the applications, not null
 * @param selection the selection policy, not null
 * @param completion the completion rule of every cohort, not null
 * @param followUp the follow-up activities the article announces, not null
 * @param seed the seed of the run's pseudo-random choices
 */
public record Scenario(
    TrainingProgram program,
    LocalDate registrationCloses,
    ApplicantPool pool,
    SelectionPolicy selection,
    CompletionRule completion,
    ImmutableList<FollowUpNote> followUp,
    long seed) {}
