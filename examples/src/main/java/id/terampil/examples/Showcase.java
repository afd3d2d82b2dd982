package id.terampil.examples;

import id.terampil.core.identity.Nik;
import id.terampil.core.region.RegionCode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The showcase of the seed programs. Until the examples issue lands, it prints the library's
 * modules and decodes a synthetic NIK, to show the build and the command work end to end.
 */
public final class Showcase {

  private Showcase() {}

  /**
   * Runs the showcase.
   *
   * @param args {@code --lang id|en}
   */
  public static void main(String[] args) {
    boolean indonesian = List.of(args).contains("id");
    PrintStream out = System.out;
    out.println(indonesian ? "Terampil 0.1.0-SNAPSHOT — modul:" : "Terampil 0.1.0-SNAPSHOT — modules:");
    out.println("  terampil-core, terampil-validation, terampil-testkit, terampil-bom");
    Nik nik = Nik.parse("3375014101900001");
    out.printf(
        indonesian ? "NIK sintetis %s: wilayah %s, jenis kelamin %s, lahir %s%n"
                   : "Synthetic NIK %s: region %s, sex %s, born %s%n",
        nik.masked(),
        nik.region(),
        nik.sex(),
        nik.birthDateAsOf(LocalDate.of(2024, 7, 1)));
    out.println(RegionCode.parse("33.75.01.1006").villageKind().orElseThrow());
  }
}
