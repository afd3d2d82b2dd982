package id.terampil.testkit.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.eligibility.EligibilityContext;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityReason;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the testkit knows of an eligibility policy at a reference date: the age range, the regions
 * of residence, the required target groups and documents. Learnt through the public API only:
 * each rule is evaluated for probe applicants (not yet born, 200 years old, living in three
 * provinces, in no group, holding nothing) and the documented parameters of the unmet rules are
 * read back ({@code minAge}, {@code maxAge}, {@code regions}, {@code mode}, {@code required},
 * {@code document}). Custom rules and rules the probes all meet are not learnt; callers filter
 * by the policy's decision as a safety net.
 */
final class PolicyFacts {

  /** The age range used when the policy has no age rule: productive age. */
  static final int DEFAULT_MIN_AGE = EligibilityRule.PRODUCTIVE_AGE_MIN;

  /** The upper age used when the policy has no age rule or only a minimum age. */
  static final int DEFAULT_MAX_AGE = EligibilityRule.PRODUCTIVE_AGE_MAX;

  private static final Nik PROBE_NIK = Nik.parse("1101010101000001");
  private static final ImmutableList<RegionCode> PROBE_DOMICILES =
      ImmutableList.of(
          RegionCode.parse("11.01.01.2001"),
          RegionCode.parse("31.71.01.1001"),
          RegionCode.parse("94.01.01.2001"));

  final boolean ageRule;
  final int minAge;
  final int maxAge;
  /** The regions of each residence rule learnt; the domicile must lie in one of each. */
  final ImmutableList<ImmutableSet<RegionCode>> residence;
  /** Groups required all at once. */
  final ImmutableSet<String> allOf;
  /** Each element: groups of which one is required. */
  final ImmutableList<ImmutableSet<String>> anyOf;
  final ImmutableSet<DocumentKind> documents;

  private PolicyFacts(
      boolean ageRule,
      int minAge,
      int maxAge,
      ImmutableList<ImmutableSet<RegionCode>> residence,
      ImmutableSet<String> allOf,
      ImmutableList<ImmutableSet<String>> anyOf,
      ImmutableSet<DocumentKind> documents) {
    this.ageRule = ageRule;
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.residence = residence;
    this.allOf = allOf;
    this.anyOf = anyOf;
    this.documents = documents;
  }

  static PolicyFacts of(EligibilityPolicy policy, EligibilityContext context) {
    LocalDate ref = context.referenceDate();
    Applicant unborn = probe(ref.plusDays(1), PROBE_DOMICILES.get(0));
    Applicant ancient = probe(ref.minusYears(200), PROBE_DOMICILES.get(0));
    boolean ageRule = false;
    int min = 0;
    int max = Integer.MAX_VALUE;
    List<ImmutableSet<RegionCode>> residence = new ArrayList<>();
    Set<String> allOf = new LinkedHashSet<>();
    List<ImmutableSet<String>> anyOf = new ArrayList<>();
    Set<DocumentKind> documents = new LinkedHashSet<>();
    for (EligibilityRule rule : policy.rules()) {
      for (UnmetRule unmet : rule.evaluate(unborn, context)) {
        switch (unmet.reason()) {
          case AGE_BELOW_MIN:
            ageRule = true;
            min = Math.max(min, intParameter(unmet, "minAge", 0));
            break;
          case TARGET_GROUP_MISSING:
            ImmutableSet<String> codes = codes(unmet.parameters().get("required"));
            if ("ALL_OF".equals(unmet.parameters().get("mode"))) {
              allOf.addAll(codes);
            } else {
              anyOf.add(codes);
            }
            break;
          case DOCUMENT_MISSING:
          case DOCUMENT_EXPIRED:
            kind(unmet.parameters().get("document")).ifPresent(documents::add);
            break;
          default:
            break;
        }
      }
      for (UnmetRule unmet : rule.evaluate(ancient, context)) {
        if (unmet.reason() == EligibilityReason.AGE_ABOVE_MAX) {
          ageRule = true;
          max = Math.min(max, intParameter(unmet, "maxAge", Integer.MAX_VALUE));
        }
      }
      for (RegionCode domicile : PROBE_DOMICILES) {
        Optional<UnmetRule> outside =
            rule.evaluate(probe(ref.minusYears(30), domicile), context).stream()
                .filter(u -> u.reason() == EligibilityReason.RESIDENCE_OUTSIDE_REGIONS)
                .findFirst();
        if (outside.isPresent()) {
          residence.add(regions(outside.get().parameters().get("regions")));
          break;
        }
      }
    }
    return new PolicyFacts(
        ageRule,
        min,
        max,
        ImmutableList.copyOf(residence),
        ImmutableSet.copyOf(allOf),
        ImmutableList.copyOf(anyOf),
        ImmutableSet.copyOf(documents));
  }

  /** The youngest age to generate. */
  int lowAge() {
    return ageRule ? minAge : DEFAULT_MIN_AGE;
  }

  /** The oldest age to generate: the rule's maximum, or productive age when unbounded. */
  int highAge() {
    if (!ageRule) {
      return DEFAULT_MAX_AGE;
    }
    return maxAge == Integer.MAX_VALUE ? Math.max(minAge, DEFAULT_MAX_AGE) : maxAge;
  }

  private static Applicant probe(LocalDate birthDate, RegionCode domicile) {
    return Applicant.builder()
        .nik(PROBE_NIK)
        .name(PersonName.of("Probe"))
        .sex(Sex.MALE)
        .birthDate(birthDate)
        .domicile(domicile)
        .education(EducationLevel.NONE)
        .employment(EmploymentStatus.UNEMPLOYED)
        .build();
  }

  private static int intParameter(UnmetRule unmet, String name, int fallback) {
    String value = unmet.parameters().get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static ImmutableSet<String> codes(@Nullable String text) {
    return text == null
        ? ImmutableSet.of()
        : ImmutableSet.copyOf(Splitter.on(',').omitEmptyStrings().trimResults().split(text));
  }

  private static ImmutableSet<RegionCode> regions(@Nullable String text) {
    ImmutableSet.Builder<RegionCode> regions = ImmutableSet.builder();
    for (String code : codes(text)) {
      RegionCode.tryParse(code).ifPresent(regions::add);
    }
    return regions.build();
  }

  private static Optional<DocumentKind> kind(@Nullable String name) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
