package id.terampil.core.followup;

import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.Nik;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.Sex;
import id.terampil.core.region.RegionCode;
import java.time.LocalDate;

/** Synthetic people and agencies for follow-up and indicator tests (no real person's NIK). */
public final class FollowUpFixtures {

  /** Kota Pekalongan. */
  public static final RegionCode KOTA_PEKALONGAN = RegionCode.parse("33.75");

  /** The training organizer (BLK). */
  public static final Organizer BLK =
      Organizer.of("Balai Latihan Kerja Kota Pekalongan", AgencyKind.BLK, KOTA_PEKALONGAN);

  /** Another agency that hands over the grants (Dindagkop-UKM). */
  public static final Organizer DINDAGKOP =
      Organizer.of(
          "Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan", AgencyKind.DINAS, KOTA_PEKALONGAN);

  private FollowUpFixtures() {}

  /**
   * Returns a synthetic NIK registered in Kec. Pekalongan Barat with serial {@code serial}.
   *
   * @param serial 1 to 9999
   * @return the NIK
   */
  public static Nik nik(int serial) {
    return Nik.of(RegionCode.parse("33.75.01"), LocalDate.of(1995, 3, 14), Sex.FEMALE, serial);
  }
}
