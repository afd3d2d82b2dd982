package id.terampil.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terampil.core.identity.Nik;
import id.terampil.core.identity.PersonName;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import id.terampil.testkit.TerampilArbitraries;
import id.terampil.testkit.TerampilDomain;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;

/**
 * A consumer who wants isolation from other registered providers uses
 * {@code @Domain(TerampilDomain.class)}; configured arbitraries come from
 * {@link TerampilArbitraries} through {@code @Provide} methods as usual.
 */
@Domain(TerampilDomain.class)
class IsolatedDomainProperties {

  private static final LocalDate REGISTRATION_CLOSE = LocalDate.of(2024, 7, 1);

  @Property(tries = 200)
  void theDomainProvidesTheTerampilTypes(
      @ForAll Nik nik, @ForAll RegionCode code, @ForAll PersonName name) {
    assertEquals(RegionLevel.DISTRICT, nik.region().level());
    assertEquals(code, RegionCode.parse(code.toCompactString()));
    assertTrue(name.wordCount() >= 1);
  }

  @Property(tries = 200)
  void configuredApplicantsOfKotaPekalongan(@ForAll("womenOfProductiveAge") Nik nik) {
    assertEquals("P", nik.sex().code());
    assertTrue(nik.region().isWithin(RegionCode.parse("33.75")));
    long age = ChronoUnit.YEARS.between(nik.birthDateAsOf(REGISTRATION_CLOSE), REGISTRATION_CLOSE);
    assertTrue(age >= 15 && age <= 64, "age " + age);
  }

  @Provide
  Arbitrary<Nik> womenOfProductiveAge() {
    return TerampilArbitraries.niks()
        .women()
        .agedBetween(15, 64, REGISTRATION_CLOSE)
        .registeredIn(RegionCode.parse("33.75"));
  }
}
