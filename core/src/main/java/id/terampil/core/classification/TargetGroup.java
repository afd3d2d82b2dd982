package id.terampil.core.classification;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target group (sasaran / kelompok sasaran) that a program admits or gives priority to, such as
 * housewives, micro-business owners affected by Covid-19, or job seekers holding an AK/I card.
 *
 * <p>The vocabulary is open: the built-in groups below cover the seed programs and common
 * regional policies, and {@link #of(String, String, String)} defines more without changing the
 * library. Two groups are equal when their codes are equal; the labels are descriptive.
 *
 * <p>Immutable, thread-safe and value-based.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TargetGroup extends LabelledCode {

  /** Ibu rumah tangga: housewives. */
  public static final TargetGroup HOUSEWIFE = of("HOUSEWIFE", "Ibu rumah tangga", "Housewife");
  /** Pelaku usaha mikro: micro-business owners. */
  public static final TargetGroup MICRO_BUSINESS_OWNER =
      of("MICRO_BUSINESS_OWNER", "Pelaku usaha mikro", "Micro-business owner");
  /** Pelaku IKM: owners of small and medium industries. */
  public static final TargetGroup SMALL_INDUSTRY_OWNER =
      of("SMALL_INDUSTRY_OWNER", "Pelaku industri kecil dan menengah (IKM)", "Small or medium industry owner");
  /** Terdampak Covid-19: people whose livelihood was hit by the pandemic. */
  public static final TargetGroup COVID_AFFECTED =
      of("COVID_AFFECTED", "Terdampak pandemi Covid-19", "Affected by the Covid-19 pandemic");
  /** Pencari kerja: job seekers (usually holding an AK/I card). */
  public static final TargetGroup JOB_SEEKER = of("JOB_SEEKER", "Pencari kerja", "Job seeker");
  /** Korban PHK: workers who lost their jobs. */
  public static final TargetGroup LAID_OFF_WORKER =
      of("LAID_OFF_WORKER", "Korban pemutusan hubungan kerja (PHK)", "Laid-off worker");
  /** Buruh pabrik rokok: cigarette-factory workers (a DBHCHT target group). */
  public static final TargetGroup CIGARETTE_FACTORY_WORKER =
      of("CIGARETTE_FACTORY_WORKER", "Buruh pabrik rokok", "Cigarette-factory worker");
  /** Buruh tani tembakau: tobacco farm workers (a DBHCHT target group). */
  public static final TargetGroup TOBACCO_FARM_WORKER =
      of("TOBACCO_FARM_WORKER", "Buruh tani tembakau", "Tobacco farm worker");
  /** Keluarga buruh rokok / tembakau: members of tobacco-sector workers' households. */
  public static final TargetGroup TOBACCO_WORKER_HOUSEHOLD =
      of("TOBACCO_WORKER_HOUSEHOLD", "Anggota keluarga buruh rokok atau tembakau",
          "Household member of a tobacco-sector worker");
  /** Pemuda: young people. */
  public static final TargetGroup YOUTH = of("YOUTH", "Pemuda", "Youth");
  /** Penyandang disabilitas: people with disabilities. */
  public static final TargetGroup PERSON_WITH_DISABILITY =
      of("PERSON_WITH_DISABILITY", "Penyandang disabilitas", "Person with a disability");
  /** Keluarga miskin / penerima bansos: low-income households. */
  public static final TargetGroup LOW_INCOME_HOUSEHOLD =
      of("LOW_INCOME_HOUSEHOLD", "Keluarga prasejahtera", "Low-income household");
  /** Pengrajin: craftspeople. */
  public static final TargetGroup CRAFTSPERSON = of("CRAFTSPERSON", "Pengrajin", "Craftsperson");

  private static final ImmutableList<TargetGroup> BUILT_IN =
      ImmutableList.of(HOUSEWIFE, MICRO_BUSINESS_OWNER, SMALL_INDUSTRY_OWNER, COVID_AFFECTED,
          JOB_SEEKER, LAID_OFF_WORKER, CIGARETTE_FACTORY_WORKER, TOBACCO_FARM_WORKER,
          TOBACCO_WORKER_HOUSEHOLD, YOUTH, PERSON_WITH_DISABILITY, LOW_INCOME_HOUSEHOLD, CRAFTSPERSON);

  TargetGroup() {}

  /**
   * Defines a target group.
   *
   * @param code the stable code: 1-48 upper-case ASCII letters, digits and '_', not null
   * @param labelId the Indonesian label, not blank
   * @param labelEn the English label, not blank
   * @return the group, not null
   * @throws IllegalArgumentException if the code has another shape or a label is blank
   */
  public static TargetGroup of(String code, String labelId, String labelEn) {
    return ImmutableTargetGroup.builder().code(code).labelId(labelId).labelEn(labelEn).build();
  }

  /**
   * Returns the built-in groups, in the order declared.
   *
   * @return the groups, not null
   */
  public static ImmutableList<TargetGroup> builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the built-in group with the given code.
   *
   * @param code the code, not null
   * @return the group, or empty if no built-in group has that code
   */
  public static Optional<TargetGroup> builtIn(String code) {
    return withCode(BUILT_IN, code);
  }

  @Override
  final String noun() {
    return "target group";
  }
}
