package id.terampil.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.BusinessProfile;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityContext;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.identity.Sex;
import id.terampil.core.money.Rupiah;
import id.terampil.core.program.Admission;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionDirectory;
import id.terampil.core.region.RegionLevel;
import id.terampil.testkit.RegionCodeArbitrary;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * Generates applicants for one cohort of a program at a reference date, eligible under the
 * cohort's policy or breaking exactly one learnt rule. See {@code ApplicantArbitrary}.
 */
final class ApplicantGenerator {

  /** One way to break a policy. */
  enum Breach {
    AGE_BELOW,
    AGE_ABOVE,
    RESIDENCE,
    TARGET_GROUP,
    DOCUMENT_MISSING,
    DOCUMENT_EXPIRED
  }

  private static final int OLDEST = 120;

  /**
   * Occupations (pekerjaan) of Dukcapil's list that name no one employment status (a teacher or a
   * driver may be a civil servant, employed or on their own account): an applicant drawn with
   * {@link EmploymentStatus#OTHER} declares one of them, chosen by NIK serial.
   */
  static final ImmutableList<String> OTHER_OCCUPATIONS =
      ImmutableList.of(
          "GURU",
          "DOSEN",
          "SOPIR",
          "PERAWAT",
          "BIDAN",
          "WARTAWAN",
          "MEKANIK",
          "TUKANG JAHIT",
          "TUKANG LAS/PANDAI BESI",
          "USTADZ/MUBALIGH");

  private final TrainingProgram program;
  private final Cohort cohort;
  private final LocalDate referenceDate;
  private final EligibilityPolicy policy;
  private final EligibilityContext context;
  private final PolicyFacts facts;
  private final int lowAge;
  private final int highAge;
  private final @Nullable ImmutableList<RegionCode> regions;
  /** With a directory, one NIK in this many serials carries a retired district where one exists. */
  static final int RETIRED_PREFIX_EVERY = 20;

  /** Where set, domiciles are the directory's current villages. */
  private final @Nullable RegionDirectory directory;
  private final ImmutableSet<String> required;
  private final ImmutableList<TargetGroup> knownGroups;
  /** The applicants of each breach, made once (see {@link Memo}). */
  private final Function<Breach, Arbitrary<Applicant>> perBreach = Memo.perValue(this::generate);

  /**
   * Creates the generator.
   *
   * @param ageLimit an age range {@code [min, max]} to stay within as well (e.g. a validator's),
   *     or null
   */
  ApplicantGenerator(
      TrainingProgram program, Cohort cohort, LocalDate referenceDate, int @Nullable [] ageLimit) {
    this(program, cohort, referenceDate, ageLimit, null);
  }

  /**
   * Creates the generator whose domiciles are current villages of {@code directory}, if given.
   *
   * @param ageLimit an age range {@code [min, max]} to stay within as well, or null
   * @param directory the directory, or null for well-formed codes only
   */
  ApplicantGenerator(
      TrainingProgram program,
      Cohort cohort,
      LocalDate referenceDate,
      int @Nullable [] ageLimit,
      @Nullable RegionDirectory directory) {
    this.directory = directory;
    this.program = program;
    this.cohort = cohort;
    this.referenceDate = referenceDate;
    this.policy = program.admission(cohort.id()).policy();
    this.context = cohort.eligibilityContext(referenceDate);
    this.facts = PolicyFacts.of(policy);
    int low = facts.lowAge();
    int high = facts.highAge();
    if (ageLimit != null && Math.max(low, ageLimit[0]) <= Math.min(high, ageLimit[1])) {
      low = Math.max(low, ageLimit[0]);
      high = Math.min(high, ageLimit[1]);
    }
    this.lowAge = low;
    this.highAge = Math.min(high, OLDEST);
    this.regions = domicileRegions(facts, cohort);
    Set<String> codes = new LinkedHashSet<>(facts.allOf);
    facts.anyOf.forEach(codes::addAll);
    this.required = ImmutableSet.copyOf(codes);
    Map<String, TargetGroup> known = new LinkedHashMap<>();
    for (TargetGroup group : groupsOf(program, cohort)) {
      known.putIfAbsent(group.code(), group);
    }
    for (TargetGroup group : TargetGroup.builtIn()) {
      known.putIfAbsent(group.code(), group);
    }
    this.knownGroups = ImmutableList.copyOf(known.values());
  }

  Cohort cohort() {
    return cohort;
  }

  /** The groups the cohort's admission names: required ones, then priority ones. */
  static ImmutableSet<TargetGroup> groupsOf(TrainingProgram program, Cohort cohort) {
    Admission admission = program.admission(cohort.id());
    ImmutableSet.Builder<TargetGroup> groups = ImmutableSet.builder();
    admission.requiredGroups().forEach(r -> groups.addAll(r.groups()));
    return groups.addAll(admission.priorityGroups()).build();
  }

  /** The codes of the target groups the policy requires (all-of and any-of). */
  ImmutableSet<String> requiredGroups() {
    return required;
  }

  boolean isEligible(Applicant applicant) {
    return policy.evaluate(applicant, context).isEligible();
  }

  private boolean breaksExactlyOneRule(Applicant applicant) {
    return policy.evaluate(applicant, context).unmet().size() == 1;
  }

  /** The ways this generator can break the policy; empty for a policy it knows no rule of. */
  ImmutableList<Breach> breaches() {
    ImmutableList.Builder<Breach> breaches = ImmutableList.builder();
    if (facts.ageRule && facts.minAge > 0) {
      breaches.add(Breach.AGE_BELOW);
    }
    if (facts.ageRule && facts.maxAge < OLDEST - 3) {
      breaches.add(Breach.AGE_ABOVE);
    }
    if (regions != null && !facts.residence.isEmpty()) {
      breaches.add(Breach.RESIDENCE);
    }
    if (!required.isEmpty()) {
      breaches.add(Breach.TARGET_GROUP);
    }
    if (!facts.documents.isEmpty()) {
      breaches.add(Breach.DOCUMENT_MISSING);
    }
    if (facts.documents.stream().anyMatch(k -> k.standardValidity().isPresent())) {
      breaches.add(Breach.DOCUMENT_EXPIRED);
    }
    return breaches.build();
  }

  Arbitrary<Applicant> eligible() {
    return generate(null).filter(this::isEligible);
  }

  Arbitrary<Applicant> ineligible() {
    ImmutableList<Breach> breaches = breaches();
    if (breaches.isEmpty()) {
      return eligible();
    }
    // Exactly one unmet rule: the one broken on purpose. Breaking it can also break a custom rule
    // (say, "job seekers need an AK/I" for an applicant made too old), and such applicants are
    // filtered out like eligible ones that miss a custom rule.
    return Arbitraries.of(breaches).flatMap(perBreach).filter(this::breaksExactlyOneRule);
  }

  private Arbitrary<Applicant> generate(@Nullable Breach breach) {
    Arbitrary<LocalDate> births;
    if (breach == Breach.AGE_BELOW) {
      births = birthDates(Math.max(0, facts.minAge - 3), facts.minAge - 1);
    } else if (breach == Breach.AGE_ABOVE) {
      births = birthDates(facts.maxAge + 1, facts.maxAge + 3);
    } else {
      births = birthDates(lowAge, highAge);
    }
    ImmutableList<RegionCode> admitted = regions;
    Arbitrary<RegionCode> domiciles;
    if (breach == Breach.RESIDENCE && admitted != null) {
      domiciles =
          villagesIn(null, directory)
              .filter(v -> admitted.stream().noneMatch(r -> r.contains(v)));
    } else {
      domiciles = villagesIn(admitted, directory);
    }
    boolean housewife = breach != Breach.TARGET_GROUP && facts.allOf.contains("HOUSEWIFE");
    Arbitrary<Sex> sexes = housewife ? Arbitraries.just(Sex.FEMALE) : Arbitraries.of(Sex.MALE, Sex.FEMALE);
    Arbitrary<Integer> serials =
        WeightedLongs.between(1, 9999).often(10, 1L, 9999L).map(Long::intValue);
    Arbitrary<Person> people =
        Combinators.combine(
                births,
                domiciles,
                sexes,
                serials,
                new DefaultPersonNameArbitrary(),
                Arbitraries.of(EducationLevel.class))
            .as(Person::new);
    return Combinators.combine(
            people,
            groups(breach),
            documents(breach),
            Arbitraries.of(EmploymentStatus.class),
            businesses())
        .as(this::applicant);
  }

  /**
   * The district of the NIK: the domicile's, except that with a directory now and then (serials
   * divisible by {@value #RETIRED_PREFIX_EVERY}) it is a retired predecessor of it where the
   * directory knows one, as in a NIK issued before a re-coding (e.g. 92.71.01 for a resident of
   * 96.71.01, Kota Sorong): the record checks report it as {@code NIK_REGION_RETIRED}, a warning
   * naming the successor. The draw reads the serial, so that without a directory nothing changes.
   */
  private RegionCode nikDistrict(Person person) {
    RegionCode district = person.domicile.truncateTo(RegionLevel.DISTRICT);
    RegionDirectory d = directory;
    if (d != null && person.serial % RETIRED_PREFIX_EVERY == 0) {
      ImmutableSortedSet<RegionCode> older = d.predecessors(district);
      if (!older.isEmpty()) {
        return older.first();
      }
    }
    return district;
  }

  private Applicant applicant(
      Person person,
      ImmutableSet<TargetGroup> groups,
      List<Document> documents,
      EmploymentStatus randomEmployment,
      Optional<BusinessProfile> randomBusiness) {
    Sex sex = groups.contains(TargetGroup.HOUSEWIFE) ? Sex.FEMALE : person.sex;
    Nik nik = Nik.of(nikDistrict(person), person.birthDate, sex, person.serial);
    boolean businessOwner =
        groups.contains(TargetGroup.MICRO_BUSINESS_OWNER)
            || groups.contains(TargetGroup.SMALL_INDUSTRY_OWNER);
    Applicant.Builder b = Applicant.builder();
    b.nik(nik)
        .name(person.name)
        .sex(sex)
        .birthDate(person.birthDate)
        .domicile(person.domicile)
        .education(person.education)
        .addAllTargetGroups(groups);
    EmploymentStatus employment = employment(groups, randomEmployment);
    b.employment(employment);
    if (employment == EmploymentStatus.OTHER) {
      b.occupation(OTHER_OCCUPATIONS.get(person.serial % OTHER_OCCUPATIONS.size()));
    }
    for (Document d : documents) {
      b.addDocuments(d.issueDate().isBefore(person.birthDate) ? reissued(d, person.birthDate) : d);
    }
    if (businessOwner) {
      b.business(randomBusiness);
    }
    return b.build();
  }

  private static Document reissued(Document document, LocalDate issueDate) {
    return document.expiry().isPresent() && document.expiry().get().isBefore(issueDate)
        ? Document.of(document.kind(), issueDate, issueDate)
        : Document.of(document.kind(), issueDate);
  }

  private static EmploymentStatus employment(Set<TargetGroup> groups, EmploymentStatus random) {
    if (groups.contains(TargetGroup.HOUSEWIFE)) {
      return EmploymentStatus.HOMEMAKER;
    }
    if (groups.contains(TargetGroup.LAID_OFF_WORKER)) {
      return EmploymentStatus.LAID_OFF;
    }
    if (groups.contains(TargetGroup.JOB_SEEKER)) {
      return EmploymentStatus.UNEMPLOYED;
    }
    if (groups.contains(TargetGroup.MICRO_BUSINESS_OWNER)
        || groups.contains(TargetGroup.SMALL_INDUSTRY_OWNER)) {
      return EmploymentStatus.SELF_EMPLOYED;
    }
    return random;
  }

  private Arbitrary<LocalDate> birthDates(int minAge, int maxAge) {
    return new DefaultBirthDateArbitrary().agedBetween(minAge, maxAge, referenceDate);
  }

  /**
   * Villages within one of {@code admitted}, or anywhere when null; the current villages of
   * {@code directory} only, when given.
   */
  static Arbitrary<RegionCode> villagesIn(
      @Nullable List<RegionCode> admitted, @Nullable RegionDirectory directory) {
    RegionCodeArbitrary villages =
        directory == null
            ? DefaultRegionCodeArbitrary.atLevels(RegionLevel.VILLAGE)
            : DefaultRegionCodeArbitrary.atLevels(RegionLevel.VILLAGE).listedIn(directory);
    if (admitted == null) {
      return villages;
    }
    return Arbitraries.of(admitted)
        .flatMap(
            Memo.perValue(
                r -> r.level() == RegionLevel.VILLAGE ? Arbitraries.just(r) : villages.within(r)));
  }

  /**
   * The regions a domicile must lie in: those of every residence rule and of the cohort's regions
   * served, refined to the smaller of two nested regions; null when nothing restricts it.
   */
  private static @Nullable ImmutableList<RegionCode> domicileRegions(PolicyFacts facts, Cohort cohort) {
    List<RegionCode> candidates = null;
    List<List<RegionCode>> restrictions = new ArrayList<>();
    facts.residence.forEach(r -> restrictions.add(r.asList()));
    if (!cohort.regionsServed().isEmpty()) {
      restrictions.add(cohort.regionsServed().asList());
    }
    for (List<RegionCode> restriction : restrictions) {
      if (candidates == null) {
        candidates = restriction;
      } else {
        List<RegionCode> refined = refine(candidates, restriction);
        if (!refined.isEmpty()) {
          candidates = refined;
        }
      }
    }
    return candidates == null ? null : ImmutableList.copyOf(candidates);
  }

  private static List<RegionCode> refine(List<RegionCode> a, List<RegionCode> b) {
    Set<RegionCode> out = new LinkedHashSet<>();
    for (RegionCode x : a) {
      for (RegionCode y : b) {
        if (x.contains(y)) {
          out.add(y);
        } else if (y.contains(x)) {
          out.add(x);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private TargetGroup group(String code) {
    for (TargetGroup g : knownGroups) {
      if (g.code().equals(code)) {
        return g;
      }
    }
    return TargetGroup.of(code, code, code);
  }

  private Arbitrary<ImmutableSet<TargetGroup>> groups(@Nullable Breach breach) {
    List<TargetGroup> optional = new ArrayList<>();
    for (TargetGroup g : groupsOf(program, cohort)) {
      if (!required.contains(g.code())) {
        optional.add(g);
      }
    }
    Arbitrary<List<TargetGroup>> extras =
        optional.isEmpty()
            ? Arbitraries.just(List.of())
            : Arbitraries.of(optional).list().uniqueElements().ofMaxSize(2);
    if (breach == Breach.TARGET_GROUP) {
      return extras.map(ImmutableSet::copyOf);
    }
    List<Arbitrary<TargetGroup>> chosen = new ArrayList<>();
    for (String code : facts.allOf) {
      chosen.add(Arbitraries.just(group(code)));
    }
    for (ImmutableSet<String> any : facts.anyOf) {
      chosen.add(Arbitraries.of(any.asList()).map(this::group));
    }
    if (chosen.isEmpty() && !optional.isEmpty()) {
      // No group rule, but the program names whom it is for: belong to one of them.
      chosen.add(Arbitraries.of(optional));
    }
    Arbitrary<List<TargetGroup>> requiredGroups =
        chosen.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(chosen).as(l -> l);
    return Combinators.combine(requiredGroups, extras)
        .as(
            (r, e) ->
                ImmutableSet.<TargetGroup>builder().addAll(r).addAll(e).build());
  }

  private Arbitrary<List<Document>> documents(@Nullable Breach breach) {
    List<Arbitrary<Document>> documents = new ArrayList<>();
    boolean expiredOne = false;
    boolean missingOne = false;
    for (DocumentKind kind : facts.documents) {
      if (breach == Breach.DOCUMENT_MISSING && !missingOne) {
        missingOne = true;
        continue;
      }
      boolean expire =
          breach == Breach.DOCUMENT_EXPIRED && !expiredOne && kind.standardValidity().isPresent();
      expiredOne |= expire;
      documents.add(expire ? expiredDocument(kind, referenceDate) : validDocument(kind, referenceDate));
    }
    return documents.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(documents).as(l -> l);
  }

  /**
   * Documents of {@code kind} valid at {@code referenceDate}; for kinds of limited validity the
   * first and the last valid issue dates are weighted.
   */
  static Arbitrary<Document> validDocument(DocumentKind kind, LocalDate referenceDate) {
    LocalDate earliest = earliestValidIssue(kind, referenceDate);
    long span = ChronoUnit.DAYS.between(earliest, referenceDate);
    return WeightedLongs.between(0, span)
        .often(20, 0L, span)
        .map(back -> Document.of(kind, referenceDate.minusDays(back)));
  }

  private static Arbitrary<Document> expiredDocument(DocumentKind kind, LocalDate referenceDate) {
    LocalDate lastInvalid = earliestValidIssue(kind, referenceDate).minusDays(1);
    return WeightedLongs.between(0, 365)
        .often(20, 0L)
        .map(back -> Document.of(kind, lastInvalid.minusDays(back)));
  }

  /** The earliest issue date at which a document of {@code kind} is still valid on the date. */
  static LocalDate earliestValidIssue(DocumentKind kind, LocalDate date) {
    if (kind.standardValidity().isEmpty()) {
      return date.minusYears(10);
    }
    LocalDate issue = date.minus(kind.standardValidity().get());
    while (!Document.of(kind, issue).isValidOn(date)) {
      issue = issue.plusDays(1);
    }
    return issue;
  }

  private static Arbitrary<Optional<BusinessProfile>> businesses() {
    Arbitrary<Rupiah> sales =
        new DefaultRupiahArbitrary()
            .between(Rupiah.ofMillions(10), Rupiah.ofMillions(2_000))
            .multiplesOf(1_000);
    return Combinators.combine(new DefaultKbliCodeArbitrary(), sales)
        .as((kbli, s) -> Optional.of(BusinessProfile.builder().kbli(kbli).annualSales(s).build()));
  }

  /** The identity part of an applicant. */
  private static final class Person {
    final LocalDate birthDate;
    final RegionCode domicile;
    final Sex sex;
    final int serial;
    final PersonName name;
    final EducationLevel education;

    Person(
        LocalDate birthDate,
        RegionCode domicile,
        Sex sex,
        int serial,
        PersonName name,
        EducationLevel education) {
      this.birthDate = birthDate;
      this.domicile = domicile;
      this.sex = sex;
      this.serial = serial;
      this.name = name;
      this.education = education;
    }
  }
}
