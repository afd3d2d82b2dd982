package id.terampil.testkit.internal;

import com.google.common.collect.ImmutableList;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.Organizer;
import id.terampil.core.program.Instructor;
import id.terampil.core.program.Venue;
import id.terampil.core.region.RegionCode;
import id.terampil.core.region.RegionLevel;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries of the smaller parts of a program: organizers, venues and instructors. */
public final class ProgramParts {

  private static final ImmutableList<String> VENUES =
      ImmutableList.of(
          "Aula Kecamatan", "Gedung Serbaguna", "Balai Latihan Kerja", "Balai Kelurahan",
          "Rumah Produksi Sentra IKM", "Aula Dinas");

  private static final ImmutableList<String> STREETS =
      ImmutableList.of("Jl. Merdeka", "Jl. Sudirman", "Jl. Pemuda", "Jl. Diponegoro", "Jl. Kartini");

  private ProgramParts() {}

  /**
   * Returns organizers of every agency kind serving a regency or city.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Organizer> organizers() {
    return organizersIn(DefaultRegionCodeArbitrary.atLevels(RegionLevel.REGENCY));
  }

  /**
   * Returns organizers serving a region drawn from {@code regions}.
   *
   * @param regions the regions served, not null
   * @return the arbitrary, not null
   */
  static Arbitrary<Organizer> organizersIn(Arbitrary<RegionCode> regions) {
    return Combinators.combine(Arbitraries.of(AgencyKind.class), regions, Arbitraries.of(true, false))
        .as(
            (kind, region, shortName) -> {
              String[] names = names(kind);
              Organizer.Builder b = Organizer.builder();
              b.name(names[0] + " Wilayah " + region).kind(kind).region(region);
              if (shortName) {
                b.shortName(names[1]);
              }
              return b.build();
            });
  }

  private static String[] names(AgencyKind kind) {
    switch (kind) {
      case DINAS:
        return new String[] {"Dinas Perindustrian dan Tenaga Kerja", "Dinperinaker"};
      case REGIONAL_GOVERNMENT:
        return new String[] {"Pemerintah Daerah", "Pemda"};
      case BLK:
        return new String[] {"UPTD Balai Latihan Kerja", "BLK"};
      case BPVP:
        return new String[] {"Balai Pelatihan Vokasi dan Produktivitas", "BPVP"};
      case MINISTRY:
        return new String[] {"Kementerian Perindustrian", "Kemenperin"};
      case DEKRANASDA:
        return new String[] {"Dewan Kerajinan Nasional Daerah", "Dekranasda"};
      case LPK:
        return new String[] {"Lembaga Pelatihan Kerja Terampil Mandiri", "LPK"};
      case PKK:
        return new String[] {"Tim Penggerak PKK", "TP PKK"};
      case COMPANY_CSR:
        return new String[] {"Program TJSL PT Sumber Makmur", "CSR"};
      case UNIVERSITY:
        return new String[] {"Politeknik Negeri", "Polinema"};
      default:
        return new String[] {"Paguyuban Usaha Bersama", "Paguyuban"};
    }
  }

  /**
   * Returns venues with a name and, mostly, a district and a street address.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Venue> venues() {
    return Combinators.combine(
            Arbitraries.of(VENUES),
            DefaultRegionCodeArbitrary.atLevels(RegionLevel.DISTRICT).optional(0.8),
            Arbitraries.of(STREETS),
            Arbitraries.integers().between(1, 200),
            Arbitraries.of(true, false))
        .as(
            (name, region, street, number, withAddress) -> {
              Venue.Builder b = Venue.builder();
              b.name(name).region(region);
              if (withAddress) {
                b.address(street + " No. " + number);
              }
              return b.build();
            });
  }

  /**
   * Returns instructors of every affiliation, with an organisation in most cases.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Instructor> instructors() {
    return Combinators.combine(
            new DefaultPersonNameArbitrary(),
            Arbitraries.of(Instructor.Affiliation.class),
            Arbitraries.of(Optional.<String>empty(), Optional.of("BLK Kota"), Optional.of("Praktisi UMKM")))
        .as(
            (name, affiliation, organisation) ->
                Instructor.builder()
                    .name(name)
                    .affiliation(affiliation)
                    .organisation(organisation)
                    .build());
  }
}
