package id.terampil.testkit;

import static id.terampil.core.eligibility.EligibilityRule.PRODUCTIVE_AGE_MAX;
import static id.terampil.core.eligibility.EligibilityRule.PRODUCTIVE_AGE_MIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.KbliVersion;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.SkillField;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.SkkniUnitCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.PersonName;
import id.terampil.core.money.Rupiah;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The configured constraints of the arbitraries other than NIKs and region codes hold. */
class ValueArbitrariesProperties {

  private static final LocalDate REFERENCE = LocalDate.of(2024, 2, 29);
  private static final DateRange FISCAL_YEAR =
      DateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

  @Property
  void birthDatesAgedBetweenGiveTheseAgesAtTheReferenceDate(@ForAll("productiveAge") LocalDate birth) {
    long age = ChronoUnit.YEARS.between(birth, REFERENCE);
    assertTrue(age >= PRODUCTIVE_AGE_MIN && age <= PRODUCTIVE_AGE_MAX, birth + " is aged " + age);
  }

  @Property
  void singleNamesHaveOneWord(@ForAll("singleNames") PersonName name) {
    assertEquals(1, name.wordCount());
  }

  @Property
  void wordRangeAndAsciiOnlyAreRespected(@ForAll("asciiTwoToThreeWords") PersonName name) {
    assertTrue(name.wordCount() >= 2 && name.wordCount() <= 3, name.toString());
    assertTrue(name.toString().chars().allMatch(c -> c < 128), name.toString());
  }

  @Property
  void periodsStayWithinTheWindowAndLength(@ForAll("cohortDays") DateRange period) {
    assertTrue(FISCAL_YEAR.encloses(period), period.toString());
    assertTrue(period.days() >= 1 && period.days() <= 14, period.toString());
  }

  @Property
  void rupiahStaysInRangeOnMultiples(@ForAll("budgetLines") Rupiah amount) {
    assertTrue(amount.amount() >= 1_000_000 && amount.amount() <= 50_000_000, amount.toString());
    assertEquals(0, amount.amount() % 50_000, amount.toString());
  }

  @Property
  void kbliVersionIsRespected(@ForAll("kbli2025") KbliCode code) {
    assertEquals(KbliVersion.KBLI_2025, code.version());
  }

  @Property
  void skkniFormatIsRespected(@ForAll("post2016Units") SkkniUnitCode code) {
    assertEquals(SkkniUnitCode.Format.FORMAT_2016, code.format());
  }

  @Property
  void fiveDigitKbliUnitsHaveThatShape(@ForAll("fiveDigitKbliUnits") SkkniUnitCode code) {
    assertEquals(SkkniUnitCode.Format.FIVE_DIGIT_KBLI, code.format());
    assertTrue(code.toString().matches("[A-U]\\.\\d{5}\\.\\d{3}\\.\\d{2}"), code.toString());
  }

  @Property
  void skillsOfTheGivenFields(@ForAll("culinarySkills") Skill skill) {
    assertEquals(SkillField.CULINARY, skill.field());
  }

  @Property
  void builtInOnlyTargetGroups(@ForAll("builtInGroups") TargetGroup group) {
    assertTrue(TargetGroup.builtIn().contains(group), group.code());
  }

  @Example
  void theLongestNamesStayWithinTheMaximumLength() {
    assertTrue(
        TerampilArbitraries.personNames()
            .words(PersonNameArbitrary.MAX_WORDS, PersonNameArbitrary.MAX_WORDS)
            .sampleStream()
            .limit(500)
            .allMatch(n -> n.wordCount() == PersonNameArbitrary.MAX_WORDS
                && n.toString().length() <= PersonName.MAX_LENGTH));
  }

  @Property
  void aSyntheticSkillWithABuiltInCodeIsTheBuiltInSkill(@ForAll("withSynthetic") Skill skill) {
    Skills.byCode(skill.code()).ifPresent(builtIn -> {
      assertEquals(builtIn.kbli(), skill.kbli(), skill.code());
      assertEquals(builtIn.labelId(), skill.labelId(), skill.code());
      assertEquals(builtIn.labelEn(), skill.labelEn(), skill.code());
      assertEquals(builtIn.field(), skill.field(), skill.code());
    });
  }

  @Example
  void sagoCakesCarryCoresAnswerOfNoKbliCode() {
    assertTrue(
        TerampilArbitraries.skills()
            .withSynthetic()
            .sampleStream()
            .limit(2_000)
            .filter(s -> s.code().equals("SAGO_CAKES"))
            .allMatch(s -> s.kbli().isEmpty()));
  }

  @Example
  void everySkkniFormatIsGeneratedIncludingTheFiveDigitKbliShape() {
    assertEquals(
        List.of(SkkniUnitCode.Format.values()).size(),
        TerampilArbitraries.skkniUnitCodes()
            .sampleStream()
            .limit(300)
            .map(SkkniUnitCode::format)
            .distinct()
            .count());
  }

  @Example
  void userDefinedTargetGroupsAndFieldsAreGenerated() {
    assertTrue(
        TerampilArbitraries.targetGroups()
            .sampleStream()
            .limit(300)
            .anyMatch(g -> TargetGroup.builtIn(g.code()).isEmpty()));
    SkillField fisheries = SkillField.of("FISHERIES", "Perikanan", "Fisheries");
    assertTrue(
        TerampilArbitraries.skills()
            .inFields(fisheries)
            .sampleStream()
            .limit(50)
            .allMatch(s -> s.field().equals(fisheries)));
  }

  @Example
  void skillsComeFromTheCatalogueWhenOneIsGiven() {
    Skill ownSkill = Skill.of("SAGO_NOODLES", "Pembuatan mi sagu", "Sago noodle making", SkillField.CULINARY);
    assertTrue(
        TerampilArbitraries.skills()
            .fromCatalogue(List.of(ownSkill))
            .sampleStream()
            .limit(20)
            .allMatch(ownSkill::equals));
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.skills().inFields(SkillField.ICT).fromCatalogue(List.of(ownSkill)));
  }

  @Example
  void rejectsInvalidConfigurations() {
    assertThrows(IllegalArgumentException.class, () -> TerampilArbitraries.personNames().words(0, 2));
    assertThrows(IllegalArgumentException.class, () -> TerampilArbitraries.personNames().words(1, 8));
    assertThrows(IllegalArgumentException.class, () -> TerampilArbitraries.dateRanges().ofDays(0, 5));
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.dateRanges().ofDays(10, 20).within(DateRange.ofDays(REFERENCE, 5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.rupiah().between(Rupiah.of(10), Rupiah.of(5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> TerampilArbitraries.rupiah().between(Rupiah.of(1), Rupiah.of(999)).multiplesOf(1_000));
    assertThrows(IllegalArgumentException.class, () -> TerampilArbitraries.skkniUnitCodes().formats());
    assertThrows(IllegalArgumentException.class, () -> TerampilArbitraries.skills().inFields());
  }

  @Provide
  Arbitrary<LocalDate> productiveAge() {
    return TerampilArbitraries.birthDates().agedBetween(PRODUCTIVE_AGE_MIN, PRODUCTIVE_AGE_MAX, REFERENCE);
  }

  @Provide
  Arbitrary<PersonName> singleNames() {
    return TerampilArbitraries.personNames().singleNames();
  }

  @Provide
  Arbitrary<PersonName> asciiTwoToThreeWords() {
    return TerampilArbitraries.personNames().words(2, 3).asciiOnly();
  }

  @Provide
  Arbitrary<DateRange> cohortDays() {
    return TerampilArbitraries.dateRanges().within(FISCAL_YEAR).ofDays(1, 14);
  }

  @Provide
  Arbitrary<Rupiah> budgetLines() {
    return TerampilArbitraries.rupiah()
        .between(Rupiah.ofMillions(1), Rupiah.ofMillions(50))
        .multiplesOf(50_000);
  }

  @Provide
  Arbitrary<KbliCode> kbli2025() {
    return TerampilArbitraries.kbliCodes().version(KbliVersion.KBLI_2025);
  }

  @Provide
  Arbitrary<Skill> withSynthetic() {
    return TerampilArbitraries.skills().withSynthetic();
  }

  @Provide
  Arbitrary<SkkniUnitCode> fiveDigitKbliUnits() {
    return TerampilArbitraries.skkniUnitCodes().formats(SkkniUnitCode.Format.FIVE_DIGIT_KBLI);
  }

  @Provide
  Arbitrary<SkkniUnitCode> post2016Units() {
    return TerampilArbitraries.skkniUnitCodes().formats(SkkniUnitCode.Format.FORMAT_2016);
  }

  @Provide
  Arbitrary<Skill> culinarySkills() {
    return TerampilArbitraries.skills().inFields(SkillField.CULINARY);
  }

  @Provide
  Arbitrary<TargetGroup> builtInGroups() {
    return TerampilArbitraries.targetGroups().builtInOnly();
  }
}
