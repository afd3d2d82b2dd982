package id.terampil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terampil.core.classification.KbliCode;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.SkkniUnitCode;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.money.Rupiah;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The laws "parse(toString(x)) == x" of the core value types, over the testkit's generators. They
 * live here rather than in core because core cannot depend on the testkit (issue 6, point 7).
 * The parameters use no configuration: they also prove the registered providers work.
 */
class RoundTripProperties {

  @Property
  void nik(@ForAll Nik nik) {
    assertEquals(nik, Nik.parse(nik.toString()));
    assertEquals(nik, Nik.parse(" " + nik + "\t"));
  }

  @Property
  void regionCode(@ForAll RegionCode code) {
    assertEquals(code, RegionCode.parse(code.toString()));
  }

  @Property
  void personName(@ForAll PersonName name) {
    PersonName again = PersonName.of(name.toString());
    assertEquals(name, again);
    assertEquals(name.toString(), again.toString());
  }

  @Property
  void period(@ForAll DateRange period) {
    assertEquals(period, DateRange.parse(period.toString()));
  }

  @Property
  void rupiah(@ForAll Rupiah amount) {
    assertEquals(amount, Rupiah.parse(amount.toString()));
    assertEquals(amount, Rupiah.parse(Long.toString(amount.amount())));
  }

  @Property
  void kbliCode(@ForAll KbliCode code) {
    assertEquals(code, KbliCode.parse(code.toString()));
  }

  @Property
  void skkniUnitCode(@ForAll SkkniUnitCode code) {
    SkkniUnitCode again = SkkniUnitCode.parse(code.toString());
    assertEquals(code, again);
    assertEquals(code.format(), again.format());
  }

  @Property
  void skillAndTargetGroupAreValidAndKeyedByCode(@ForAll Skill skill, @ForAll TargetGroup group) {
    assertEquals(skill, Skill.of(skill.code(), "x", "x", skill.field()));
    assertEquals(group, TargetGroup.of(group.code(), "x", "x"));
  }
}
