package id.terampil.testkit.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.applicant.Applicant;
import id.terampil.core.applicant.BusinessProfile;
import id.terampil.core.applicant.Document;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.applicant.EducationLevel;
import id.terampil.core.applicant.EmploymentStatus;
import id.terampil.core.classification.BusinessSizeClass;
import id.terampil.core.classification.KbliCode;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * Generates applicants for one cohort of a program at a reference date, eligible under the
 * cohort's policy or breaking exactly one of its rules, by construction from the policy's rule
 * records (see {@link PolicyFacts}) and the data the caller gives for custom rules. Only custom
 * rules without such data are judged by filtering. See {@code ApplicantArbitrary}.
 */
final class ApplicantGenerator {

  /** A kind of breach of a policy. */
  enum Kind {
    AGE_BELOW,
    AGE_ABOVE,
    RESIDENCE,
    TARGET_GROUP,
    DOCUMENT_MISSING,
    DOCUMENT_EXPIRED,
    SEX,
    EMPLOYMENT,
    CIVIL_SERVANT,
    EDUCATION,
    BUSINESS_MISSING,
    BUSINESS_SIZE,
    BUSINESS_KBLI,
    BUSINESS_AGE_BELOW,
    BUSINESS_AGE_ABOVE,
    CUSTOM
  }

  /** One way to break a policy: a kind, and for {@link Kind#CUSTOM} the rule's code. */
  record Breach(Kind kind, String custom) {
    static Breach of(Kind kind) {
      return new Breach(kind, "");
    }
  }

  /** The largest business age generated without a maximum, in months: ten years. */
  private static final int BUSINESS_MONTHS = 120;

  /** The upper bound of the annual sales of a large business generated. */
  private static final long LARGE_SALES = 100_000_000_000L;

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
  /** The data the caller gave for custom rules of the policy, by code. */
  private final ImmutableMap<String, CustomRuleData<?>> customData;
  /** Whether a custom rule has no data, so that only filtering can judge it. */
  private final boolean unknownCustomRule;
  /** The employment statuses the policy admits. */
  private final ImmutableList<EmploymentStatus> admittedStatuses;
  /** The statuses that break the employment rule, and no other. */
  private final ImmutableList<EmploymentStatus> otherStatuses;
  /**
   * The codes a target-group breach leaves out: those of the first any-of condition that every
   * other condition can be met without, else the first all-of group; empty if there is none.
   */
  private final ImmutableSet<String> brokenGroups;
  /** The KBLI prefixes that meet every KBLI rule. */
  private final ImmutableList<String> kbliPrefixes;
  /** The KBLI divisions that meet no prefix of the one KBLI rule. */
  private final ImmutableList<String> otherDivisions;

  /**
   * Creates the generator.
   *
   * @param ageLimit an age range {@code [min, max]} to stay within as well (e.g. a validator's),
   *     or null
   */
  ApplicantGenerator(
      TrainingProgram program, Cohort cohort, LocalDate referenceDate, int @Nullable [] ageLimit) {
    this(program, cohort, referenceDate, ageLimit, null, ImmutableMap.of());
  }

  /**
   * Creates the generator whose domiciles are current villages of {@code directory}, if given.
   *
   * @param ageLimit an age range {@code [min, max]} to stay within as well, or null
   * @param directory the directory, or null for well-formed codes only
   * @param customData the data of custom rules, by code (codes of other cohorts' rules ignored)
   */
  ApplicantGenerator(
      TrainingProgram program,
      Cohort cohort,
      LocalDate referenceDate,
      int @Nullable [] ageLimit,
      @Nullable RegionDirectory directory,
      Map<String, CustomRuleData<?>> customData) {
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
    ImmutableMap.Builder<String, CustomRuleData<?>> data = ImmutableMap.builder();
    for (String code : facts.customCodes) {
      if (customData.containsKey(code)) {
        data.put(code, customData.get(code));
      }
    }
    this.customData = data.buildOrThrow();
    this.unknownCustomRule = this.customData.size() < facts.customCodes.size();
    this.admittedStatuses =
        facts.employment.stream()
            .filter(e -> !(facts.notCivilServant && e == EmploymentStatus.CIVIL_SERVANT))
            .collect(ImmutableList.toImmutableList());
    this.otherStatuses =
        Arrays.stream(EmploymentStatus.values())
            .filter(e -> !facts.employment.contains(e) && e != EmploymentStatus.CIVIL_SERVANT)
            .collect(ImmutableList.toImmutableList());
    this.brokenGroups = brokenGroups(facts);
    this.kbliPrefixes = meetingPrefixes(facts.kbli);
    this.otherDivisions =
        facts.kbli.size() == 1 ? divisionsOutside(facts.kbli.get(0)) : ImmutableList.of();
    String contradiction = contradiction();
    checkArgument(
        contradiction.isEmpty(),
        "the policy of cohort %s admits no one: %s",
        cohort.id(),
        contradiction);
  }

  /** Why the policy's rules admit no one, or the empty string. */
  private String contradiction() {
    if (admittedStatuses.isEmpty()) {
      return "no employment status is admitted";
    }
    if (facts.sizes.isEmpty()) {
      return "no business size class is admitted";
    }
    if (!facts.kbli.isEmpty() && kbliPrefixes.isEmpty()) {
      return "no KBLI code starts with a prefix of every KBLI rule " + facts.kbli;
    }
    if (facts.businessAgeRule && facts.minBusinessMonths > facts.maxBusinessMonths) {
      return "no business age is admitted";
    }
    return "";
  }

  private static ImmutableSet<String> brokenGroups(PolicyFacts facts) {
    for (ImmutableSet<String> candidate : facts.anyOf) {
      boolean othersStay =
          facts.anyOf.stream()
              .allMatch(any -> any.equals(candidate) || !candidate.containsAll(any));
      if (othersStay && candidate.stream().noneMatch(facts.allOf::contains)) {
        return candidate;
      }
    }
    for (String code : facts.allOf) {
      if (facts.anyOf.stream().noneMatch(any -> any.equals(Set.of(code)))) {
        return ImmutableSet.of(code);
      }
    }
    return ImmutableSet.of();
  }

  /** The prefixes of the rules that start with a prefix of every rule. */
  private static ImmutableList<String> meetingPrefixes(List<ImmutableSet<String>> rules) {
    Set<String> all = new LinkedHashSet<>();
    rules.forEach(all::addAll);
    return all.stream()
        .filter(p -> rules.stream().allMatch(r -> r.stream().anyMatch(p::startsWith)))
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  /** The two-digit divisions that neither start with nor begin a prefix of {@code rule}. */
  private static ImmutableList<String> divisionsOutside(Set<String> rule) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int d = 0; d < 100; d++) {
      String division = String.format("%02d", d);
      if (rule.stream().noneMatch(p -> p.startsWith(division) || division.startsWith(p))) {
        out.add(division);
      }
    }
    return out.build();
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

  /** The reasons the policy finds for {@code applicant}, for tests of this generator. */
  ImmutableList<String> unmetCodes(Applicant applicant) {
    return policy.evaluate(applicant, context).unmet().stream()
        .map(u -> u.code())
        .collect(ImmutableList.toImmutableList());
  }

  private boolean breaksExactlyOneRule(Applicant applicant) {
    return policy.evaluate(applicant, context).unmet().size() == 1;
  }

  /** The ways this generator can break the policy; empty for a policy it knows no rule of. */
  ImmutableList<Breach> breaches() {
    List<Kind> kinds = new ArrayList<>();
    if (facts.ageRule && facts.minAge > 0) {
      kinds.add(Kind.AGE_BELOW);
    }
    if (facts.ageRule && facts.maxAge < OLDEST - 3) {
      kinds.add(Kind.AGE_ABOVE);
    }
    if (regions != null && !facts.residence.isEmpty()) {
      kinds.add(Kind.RESIDENCE);
    }
    if (!brokenGroups.isEmpty()) {
      kinds.add(Kind.TARGET_GROUP);
    }
    if (!facts.documents.isEmpty()) {
      kinds.add(Kind.DOCUMENT_MISSING);
    }
    if (facts.documents.stream().anyMatch(k -> k.standardValidity().isPresent())) {
      kinds.add(Kind.DOCUMENT_EXPIRED);
    }
    if (facts.sex != null) {
      kinds.add(Kind.SEX);
    }
    if (!otherStatuses.isEmpty()) {
      kinds.add(Kind.EMPLOYMENT);
    }
    if (facts.notCivilServant && facts.employment.contains(EmploymentStatus.CIVIL_SERVANT)) {
      kinds.add(Kind.CIVIL_SERVANT);
    }
    if (facts.minEducation != null) {
      kinds.add(Kind.EDUCATION);
    }
    if (facts.needsBusiness()) {
      kinds.add(Kind.BUSINESS_MISSING);
    }
    if (facts.sizeRule && facts.sizes.size() < BusinessSizeClass.values().length) {
      kinds.add(Kind.BUSINESS_SIZE);
    }
    if (!otherDivisions.isEmpty()) {
      kinds.add(Kind.BUSINESS_KBLI);
    }
    if (facts.businessAgeRule && facts.minBusinessMonths > 0) {
      kinds.add(Kind.BUSINESS_AGE_BELOW);
    }
    if (facts.businessAgeRule && facts.maxBusinessMonths <= BUSINESS_MONTHS) {
      kinds.add(Kind.BUSINESS_AGE_ABOVE);
    }
    ImmutableList.Builder<Breach> breaches = ImmutableList.builder();
    kinds.forEach(k -> breaches.add(Breach.of(k)));
    customData.forEach(
        (code, data) -> {
          if (data.canBreak()) {
            breaches.add(new Breach(Kind.CUSTOM, code));
          }
        });
    return breaches.build();
  }

  Arbitrary<Applicant> eligible() {
    Arbitrary<Applicant> made = generate(null);
    // Only a custom rule without data needs the policy's decision as a filter.
    return unknownCustomRule ? made.filter(this::isEligible) : made;
  }

  Arbitrary<Applicant> ineligible() {
    ImmutableList<Breach> breaches = breaches();
    if (breaches.isEmpty()) {
      return eligible();
    }
    // Exactly one unmet rule, the one broken on purpose, by construction. Breaking it can break
    // a custom rule without data as well (say, "job seekers need an AK/I" for an applicant made
    // too old): only then are applicants filtered.
    Arbitrary<Applicant> made = Arbitraries.of(breaches).flatMap(perBreach);
    return unknownCustomRule ? made.filter(this::breaksExactlyOneRule) : made;
  }

  private static boolean is(@Nullable Breach breach, Kind kind) {
    return breach != null && breach.kind() == kind;
  }

  private Arbitrary<Applicant> generate(@Nullable Breach breach) {
    Arbitrary<LocalDate> births;
    if (is(breach, Kind.AGE_BELOW)) {
      births = birthDates(Math.max(0, facts.minAge - 3), facts.minAge - 1);
    } else if (is(breach, Kind.AGE_ABOVE)) {
      births = birthDates(facts.maxAge + 1, facts.maxAge + 3);
    } else {
      births = birthDates(lowAge, highAge);
    }
    ImmutableList<RegionCode> admitted = regions;
    Arbitrary<RegionCode> domiciles;
    if (is(breach, Kind.RESIDENCE) && admitted != null) {
      domiciles =
          villagesIn(null, directory)
              .filter(v -> admitted.stream().noneMatch(r -> r.contains(v)));
    } else {
      domiciles = villagesIn(admitted, directory);
    }
    boolean housewife = !is(breach, Kind.TARGET_GROUP) && facts.allOf.contains("HOUSEWIFE");
    Sex ruled = facts.sex;
    Arbitrary<Sex> sexes;
    if (ruled != null) {
      sexes = Arbitraries.just(is(breach, Kind.SEX) ? other(ruled) : ruled);
    } else {
      sexes = housewife ? Arbitraries.just(Sex.FEMALE) : Arbitraries.of(Sex.MALE, Sex.FEMALE);
    }
    Arbitrary<Integer> serials =
        WeightedLongs.between(1, 9999).often(10, 1L, 9999L).map(Long::intValue);
    Arbitrary<Person> people =
        Combinators.combine(
                births,
                domiciles,
                sexes,
                serials,
                new DefaultPersonNameArbitrary(),
                educations(breach))
            .as(Person::new);
    return Combinators.combine(
            people,
            groups(breach),
            documents(breach),
            employments(breach),
            businesses(breach),
            customChanges(breach))
        .as(
            (person, groups, documents, employment, business, changes) ->
                applicant(person, groups, documents, employment, business, changes, breach));
  }

  private static Sex other(Sex sex) {
    return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
  }

  private Arbitrary<EducationLevel> educations(@Nullable Breach breach) {
    EducationLevel min = facts.minEducation;
    if (min == null) {
      return Arbitraries.of(EducationLevel.class);
    }
    boolean below = is(breach, Kind.EDUCATION);
    return Arbitraries.of(
        Arrays.stream(EducationLevel.values())
            .filter(level -> level.isAtLeast(min) != below)
            .collect(ImmutableList.toImmutableList()));
  }

  private Arbitrary<EmploymentStatus> employments(@Nullable Breach breach) {
    if (is(breach, Kind.EMPLOYMENT)) {
      return Arbitraries.of(otherStatuses);
    }
    if (is(breach, Kind.CIVIL_SERVANT)) {
      return Arbitraries.just(EmploymentStatus.CIVIL_SERVANT);
    }
    return Arbitraries.of(admittedStatuses);
  }

  /** The changes to each applicant's builder from the data of the custom rules. */
  private Arbitrary<List<Consumer<Applicant.Builder>>> customChanges(@Nullable Breach breach) {
    if (customData.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    List<Arbitrary<Consumer<Applicant.Builder>>> changes = new ArrayList<>();
    customData.forEach(
        (code, data) ->
            changes.add(
                data.changes(!(is(breach, Kind.CUSTOM) && breach.custom().equals(code)))));
    return Combinators.combine(changes).as(l -> l);
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
      Optional<BusinessProfile> randomBusiness,
      List<Consumer<Applicant.Builder>> changes,
      @Nullable Breach breach) {
    Sex sex =
        groups.contains(TargetGroup.HOUSEWIFE) && facts.sex == null ? Sex.FEMALE : person.sex;
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
    EmploymentStatus byGroup = employment(groups, randomEmployment);
    // A status a group implies, where the policy admits it; a breach keeps its status.
    EmploymentStatus employment =
        breach == null
                || (breach.kind() != Kind.EMPLOYMENT && breach.kind() != Kind.CIVIL_SERVANT)
            ? (admittedStatuses.contains(byGroup) ? byGroup : randomEmployment)
            : randomEmployment;
    b.employment(employment);
    if (employment == EmploymentStatus.OTHER) {
      b.occupation(OTHER_OCCUPATIONS.get(person.serial % OTHER_OCCUPATIONS.size()));
    }
    for (Document d : documents) {
      b.addDocuments(d.issueDate().isBefore(person.birthDate) ? reissued(d, person.birthDate) : d);
    }
    if (businessOwner || facts.needsBusiness()) {
      b.business(randomBusiness);
    }
    changes.forEach(change -> change.accept(b));
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
    // A target-group breach leaves out the groups of one condition, and meets the others with
    // groups outside it.
    Set<String> left = is(breach, Kind.TARGET_GROUP) ? brokenGroups : Set.of();
    List<Arbitrary<TargetGroup>> chosen = new ArrayList<>();
    for (String code : facts.allOf) {
      if (!left.contains(code)) {
        chosen.add(Arbitraries.just(group(code)));
      }
    }
    for (ImmutableSet<String> any : facts.anyOf) {
      if (!any.equals(left)) {
        chosen.add(
            Arbitraries.of(any.stream().filter(c -> !left.contains(c)).toList()).map(this::group));
      }
    }
    if (is(breach, Kind.TARGET_GROUP)) {
      Arbitrary<List<TargetGroup>> others =
          chosen.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(chosen).as(l -> l);
      return Combinators.combine(others, extras)
          .as((r, e) -> ImmutableSet.<TargetGroup>builder().addAll(r).addAll(e).build());
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
      if (is(breach, Kind.DOCUMENT_MISSING) && !missingOne) {
        missingOne = true;
        continue;
      }
      boolean expire =
          is(breach, Kind.DOCUMENT_EXPIRED) && !expiredOne && kind.standardValidity().isPresent();
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

  /**
   * The business of an applicant who runs one (a business owner, or anyone where a rule reads the
   * business): a KBLI code, annual sales of a size class and a start date, each within the
   * policy's rules unless the breach is of that rule; none for {@link Kind#BUSINESS_MISSING}.
   */
  private Arbitrary<Optional<BusinessProfile>> businesses(@Nullable Breach breach) {
    if (is(breach, Kind.BUSINESS_MISSING)) {
      return Arbitraries.just(Optional.empty());
    }
    Arbitrary<BusinessSizeClass> classes;
    if (is(breach, Kind.BUSINESS_SIZE)) {
      classes =
          Arbitraries.of(
              Arrays.stream(BusinessSizeClass.values())
                  .filter(c -> !facts.sizes.contains(c))
                  .collect(ImmutableList.toImmutableList()));
    } else {
      classes = facts.sizeRule ? Arbitraries.of(facts.sizes) : Arbitraries.just(BusinessSizeClass.MICRO);
    }
    Arbitrary<Rupiah> sales = classes.flatMap(Memo.perValue(ApplicantGenerator::salesOf));
    Arbitrary<KbliCode> kblis;
    if (is(breach, Kind.BUSINESS_KBLI)) {
      kblis = kbliStartingWith(otherDivisions);
    } else {
      kblis = facts.kbli.isEmpty() ? new DefaultKbliCodeArbitrary() : kbliStartingWith(kbliPrefixes);
    }
    int low = 0;
    int high = BUSINESS_MONTHS;
    if (facts.businessAgeRule) {
      if (is(breach, Kind.BUSINESS_AGE_BELOW)) {
        low = Math.max(0, facts.minBusinessMonths - 3);
        high = facts.minBusinessMonths - 1;
      } else if (is(breach, Kind.BUSINESS_AGE_ABOVE)) {
        low = facts.maxBusinessMonths + 1;
        high = facts.maxBusinessMonths + 3;
      } else {
        low = facts.minBusinessMonths;
        high = Math.min(facts.maxBusinessMonths, facts.minBusinessMonths + BUSINESS_MONTHS);
      }
    }
    // A start date whole months before the reference date (the boundary months weighted) is a
    // business exactly that many months old (ChronoUnit.MONTHS).
    Arbitrary<LocalDate> starts =
        WeightedLongs.between(low, high).often(10, (long) low, (long) high).map(referenceDate::minusMonths);
    return Combinators.combine(kblis, sales, starts)
        .as(
            (kbli, s, start) ->
                Optional.of(
                    BusinessProfile.builder().kbli(kbli).annualSales(s).startDate(start).build()));
  }

  /** Annual sales of a business of {@code size} by PP 7/2021, in thousands of rupiah. */
  private static Arbitrary<Rupiah> salesOf(BusinessSizeClass size) {
    long low = 10_000_000L;
    for (BusinessSizeClass smaller : BusinessSizeClass.values()) {
      if (smaller == size) {
        break;
      }
      low = smaller.maxAnnualSales().orElseThrow().amount() + 1_000;
    }
    long high = size.maxAnnualSales().map(Rupiah::amount).orElse(LARGE_SALES);
    return new DefaultRupiahArbitrary()
        .between(Rupiah.of(low), Rupiah.of(high))
        .multiplesOf(1_000);
  }

  /** KBLI 2020 codes starting with one of {@code prefixes}, the other digits drawn. */
  private static Arbitrary<KbliCode> kbliStartingWith(List<String> prefixes) {
    return Arbitraries.of(prefixes)
        .flatMap(
            Memo.perValue(
                prefix ->
                    prefix.length() == KbliCode.LENGTH
                        ? Arbitraries.just(KbliCode.of(prefix))
                        : Arbitraries.strings()
                            .numeric()
                            .ofLength(KbliCode.LENGTH - prefix.length())
                            .map(rest -> KbliCode.of(prefix + rest))));
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
