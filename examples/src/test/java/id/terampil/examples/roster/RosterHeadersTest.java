package id.terampil.examples.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.common.collect.ImmutableList;
import id.terampil.examples.roster.RosterHeaders.Header;
import id.terampil.examples.showcase.Lang;
import id.terampil.validation.RecordField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The header table: each spelling gives its field whatever its case, spacing and punctuation. */
class RosterHeadersTest {

  @Test
  void spacingPunctuationAndCaseDoNotMatter() {
    for (String header : List.of("Nama Lengkap", "NAMA_LENGKAP", "nama-lengkap", " NAMA  LENGKAP ",
        "\uFEFFNama.Lengkap")) {
      assertEquals("NAMALENGKAP", RosterHeaders.normalize(header), header);
      assertEquals(RecordField.NAME, RosterHeaders.field(header), header);
    }
    assertEquals("TGLLAHIR", RosterHeaders.normalize("Tgl. Lahir"));
  }

  @Test
  void everySpellingGivesItsFieldAsWrittenOrRewritten() {
    RosterHeaders.SPELLINGS.forEach((field, spellings) -> {
      for (String s : spellings) {
        assertEquals(field, RosterHeaders.field(s), s);
        assertEquals(field, RosterHeaders.field(s.toLowerCase(Locale.ROOT).replace(' ', '_')), s);
        assertEquals(field, RosterHeaders.field(s.replace(" ", " - ")), s);
      }
    });
    assertEquals(RecordField.values().length, RosterHeaders.SPELLINGS.size(), "every field");
  }

  @Test
  void theIssuesAgencyExportGivesTheFieldsItNames() {
    Header h = Header.of(List.of("NIK", "NAMA LENGKAP", "JENIS KELAMIN", "TEMPAT LAHIR",
        "TANGGAL LAHIR", "KELURAHAN", "PENDIDIKAN", "PEKERJAAN"));
    assertEquals(ImmutableList.of(RecordField.NIK, RecordField.NAME, RecordField.SEX,
        RecordField.BIRTH_DATE, RecordField.DOMICILE_CODE, RecordField.EDUCATION,
        RecordField.EMPLOYMENT), h.columns().keySet().asList());
    assertEquals(4, h.columns().get(RecordField.BIRTH_DATE).index(), "after TEMPAT LAHIR");
    assertEquals(ImmutableList.of(), h.unknown(), "TEMPAT LAHIR is known and not read");
    assertEquals(ImmutableList.of(RecordField.COHORT_ID), h.missing(false));
    assertEquals(ImmutableList.of(), h.missing(true), "the cohort may come from --cohort");
    assertEquals(8, h.width());
  }

  @Test
  void knownColumnsAreNotFieldsAndUnknownOnesAreListedAsWritten() {
    for (String known : List.of("TEMPAT LAHIR", "NO KK", "ALAMAT", "RT/RW", "No.", "Birth place")) {
      assertNull(RosterHeaders.field(known), known);
    }
    Header h = Header.of(List.of("NIK", "No KK", "Ukuran Kaos", "", "NAMA", "Nama Lengkap"));
    assertEquals(ImmutableList.of("Ukuran Kaos", "#4"), h.unknown());
    assertEquals(ImmutableList.of("Nama Lengkap"), h.repeated());
    assertEquals("NAMA", h.name(RecordField.NAME, Lang.EN), "as the file writes it");
    assertEquals("ANGKATAN", h.name(RecordField.COHORT_ID, Lang.ID), "absent: the label");
    assertEquals("COHORT", h.name(RecordField.COHORT_ID, Lang.EN));
  }
}
