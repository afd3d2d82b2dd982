package id.terampil.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.SkkniUnitCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * What a consumer writes with only the testkit on the test class path: {@code @ForAll} of the
 * Terampil value types, no {@code @Provide} method, no configuration. jqwik finds the testkit's
 * providers through {@code META-INF/services}; jqwik's own defaults keep working alongside.
 */
class ZeroConfigurationProperties {

  @Property(tries = 200)
  void niksAndRegionCodesNeedNoConfiguration(@ForAll Nik nik, @ForAll RegionCode code) {
    assertEquals(nik, Nik.parse(nik.toString()));
    assertTrue(nik.region().isWithin(nik.region().province().regionCode()));
    assertEquals(code, RegionCode.parse(code.toString()));
  }

  @Property(tries = 200)
  void namesPeriodsAndMoneyNeedNoConfiguration(
      @ForAll PersonName name, @ForAll DateRange period, @ForAll Rupiah amount) {
    assertEquals(name, PersonName.of(name.toString()));
    assertTrue(period.days() >= 1);
    assertEquals(amount, Rupiah.parse(amount.toString()));
  }

  @Property(tries = 200)
  void codesSkillsAndGroupsNeedNoConfiguration(
      @ForAll KbliCode kbli,
      @ForAll SkkniUnitCode unit,
      @ForAll Skill skill,
      @ForAll TargetGroup group) {
    assertEquals(kbli, KbliCode.parse(kbli.toString()));
    assertEquals(unit, SkkniUnitCode.parse(unit.toString()));
    assertTrue(skill.skkniUnits().size() <= 3);
    assertEquals(group.code(), group.toString());
  }

  @Property(tries = 100)
  void followUpPlansNeedNoConfiguration(@ForAll FollowUpPlan plan) {
    assertTrue(!plan.steps().isEmpty() || !plan.checkpoints().isEmpty());
    assertTrue(plan.checkpoints().stream().allMatch(m -> m >= 1 && m <= 120));
  }

  @Property(tries = 50)
  void jqwikDefaultsStillWorkNextToTheTestkit(@ForAll Nik nik, @ForAll int anyInt) {
    assertEquals(Long.toString(nik.toLong()), nik.toString());
    assertEquals(anyInt, Integer.parseInt(Integer.toString(anyInt)));
  }
}
