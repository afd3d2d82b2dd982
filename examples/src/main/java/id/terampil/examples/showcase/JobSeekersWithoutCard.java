package id.terampil.examples.showcase;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.Application;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.program.TrainingProgram;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SYNTHETIC: applicants who register as job seekers (pencari kerja) without a valid job-seeker
 * card (AK/I). Every {@code every}th application of the underlying pool whose applicant is not yet
 * a job seeker and holds no valid card is changed to declare the job-seeker group; everything else
 * stays as it was. A program whose own rule wants a card from every job seeker (seed 004, BLK
 * Pekalongan 2025) turns them away. The testkit cannot make such applicants itself: it does not
 * know what a custom rule checks, so it only makes applicants that meet custom rules.
 *
 * @param base the pool to change, not null
 * @param every every how many applications one is changed, at least 1
 */
public record JobSeekersWithoutCard(ApplicantPool base, int every) implements ApplicantPool {

  /** Checks the arguments. */
  public JobSeekersWithoutCard {
    checkNotNull(base, "base pool must not be null");
    checkArgument(every >= 1, "every must be at least 1: %s", every);
  }

  @Override
  public ImmutableList<Application> applications(TrainingProgram program, LocalDate referenceDate) {
    ImmutableList<Application> all = base.applications(program, referenceDate);
    List<Application> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      Application a = all.get(i);
      Applicant p = a.applicant();
      boolean change =
          (i + 1) % every == 0
              && !p.isMemberOf(TargetGroup.JOB_SEEKER)
              && !p.holdsValid(DocumentKind.AK_I, referenceDate);
      out.add(change ? declaringJobSeeker(a) : a);
    }
    return ImmutableList.copyOf(out);
  }

  private static Application declaringJobSeeker(Application a) {
    Applicant p = a.applicant();
    Applicant seeker =
        Applicant.builder()
            .nik(p.nik())
            .name(p.name())
            .sex(p.sex())
            .birthDate(p.birthDate())
            .domicile(p.domicile())
            .education(p.education())
            .employment(p.employment())
            .occupation(p.occupation())
            .addAllTargetGroups(p.targetGroups())
            .addTargetGroups(TargetGroup.JOB_SEEKER)
            .addAllDocuments(p.documents())
            .business(p.business())
            .build();
    Application.Builder b =
        Application.builder()
            .applicant(seeker)
            .program(a.program())
            .addAllCohortChoices(a.cohortChoices())
            .registeredAt(a.registeredAt());
    a.score().ifPresent(b::score);
    return b.build();
  }
}
