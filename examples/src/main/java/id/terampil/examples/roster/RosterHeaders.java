package id.terampil.examples.roster;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import id.terampil.examples.showcase.Lang;
import id.terampil.validation.RecordField;
import id.terampil.validation.RecordValidator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The header table of the roster example: which column headers (judul kolom) give which {@link
 * RecordField}, as agencies write them in Indonesian or English, and which known columns of a
 * KTP or KK-based export the example does not read.
 *
 * <p>Headers are compared {@linkplain #normalize normalized}: upper case, without spaces and
 * punctuation, so {@code Nama Lengkap}, {@code NAMA_LENGKAP} and {@code nama-lengkap} are the same
 * header. Immutable and thread-safe.
 */
final class RosterHeaders {

  /**
   * The columns a roster must have: the fields a {@link RecordValidator} requires by default, and
   * education and employment, without which no record becomes an application. The cohort may
   * instead be given on the command line; without a registration column the registration time is
   * the reference date.
   */
  static final ImmutableSet<RecordField> REQUIRED =
      Sets.immutableEnumSet(
          Sets.union(
              RecordValidator.DEFAULT_REQUIRED_FIELDS,
              EnumSet.of(RecordField.EDUCATION, RecordField.EMPLOYMENT)));

  /**
   * Each field's header spellings; the first is the Indonesian label and the last the English
   * one used in messages.
   */
  static final ImmutableMap<RecordField, ImmutableList<String>> SPELLINGS =
      Maps.immutableEnumMap(
          ImmutableMap.<RecordField, ImmutableList<String>>builder()
              .put(RecordField.NIK, ImmutableList.of(
                  "NIK", "NO NIK", "NOMOR NIK", "NOMOR INDUK KEPENDUDUKAN", "NIK KTP", "NIK"))
              .put(RecordField.NAME, ImmutableList.of(
                  "NAMA", "NAMA LENGKAP", "NAMA PESERTA", "NAMA SESUAI KTP", "FULL NAME", "NAME"))
              .put(RecordField.SEX, ImmutableList.of(
                  "JENIS KELAMIN", "KELAMIN", "JK", "L/P", "GENDER", "SEX"))
              .put(RecordField.BIRTH_DATE, ImmutableList.of(
                  "TANGGAL LAHIR", "TGL LAHIR", "TGL. LAHIR", "DATE OF BIRTH", "DOB", "BIRTH DATE"))
              .put(RecordField.DOMICILE_CODE, ImmutableList.of(
                  "KELURAHAN/DESA", "KELURAHAN", "DESA", "DESA/KELURAHAN", "KEL/DESA", "KODE WILAYAH",
                  "KODE KELURAHAN", "KODE DESA", "DOMISILI", "DOMICILE CODE", "DOMICILE",
                  "VILLAGE CODE", "VILLAGE"))
              .put(RecordField.EDUCATION, ImmutableList.of(
                  "PENDIDIKAN", "PENDIDIKAN TERAKHIR", "PENDIDIKAN TERTINGGI", "EDUCATION"))
              .put(RecordField.EMPLOYMENT, ImmutableList.of(
                  "PEKERJAAN", "STATUS PEKERJAAN", "OCCUPATION", "EMPLOYMENT STATUS", "EMPLOYMENT"))
              .put(RecordField.PROGRAM_ID, ImmutableList.of(
                  "PROGRAM", "KODE PROGRAM", "ID PROGRAM", "PROGRAM ID", "PROGRAM"))
              .put(RecordField.COHORT_ID, ImmutableList.of(
                  "ANGKATAN", "KODE ANGKATAN", "KELAS", "COHORT ID", "COHORT"))
              .put(RecordField.ROLE, ImmutableList.of("PERAN", "ROLE"))
              .put(RecordField.TARGET_GROUPS, ImmutableList.of(
                  "KELOMPOK SASARAN", "SASARAN", "TARGET GROUP", "TARGET GROUPS"))
              .put(RecordField.DOCUMENTS, ImmutableList.of("DOKUMEN", "DOCUMENTS"))
              .put(RecordField.BUSINESS_KBLI, ImmutableList.of(
                  "KBLI", "KODE KBLI", "KBLI USAHA", "BUSINESS KBLI"))
              .put(RecordField.BUSINESS_CAPITAL, ImmutableList.of(
                  "MODAL USAHA", "MODAL", "CAPITAL", "BUSINESS CAPITAL"))
              .put(RecordField.BUSINESS_ANNUAL_SALES, ImmutableList.of(
                  "OMZET TAHUNAN", "OMZET", "HASIL PENJUALAN TAHUNAN", "ANNUAL SALES",
                  "BUSINESS ANNUAL SALES"))
              .put(RecordField.BUSINESS_START_DATE, ImmutableList.of(
                  "TANGGAL MULAI USAHA", "TGL MULAI USAHA", "MULAI USAHA", "BUSINESS START DATE"))
              .put(RecordField.REGISTERED_AT, ImmutableList.of(
                  "WAKTU DAFTAR", "TANGGAL DAFTAR", "TGL DAFTAR", "WAKTU PENDAFTARAN",
                  "TANGGAL PENDAFTARAN", "REGISTERED AT", "REGISTRATION TIME"))
              .put(RecordField.SCORE, ImmutableList.of("NILAI", "SKOR", "NILAI SELEKSI", "SCORE"))
              .buildOrThrow());

  /**
   * Columns of KTP or KK-based exports that the example knows and does not read: birth place,
   * family card number, address, religion, contact details, row numbers and the like.
   */
  static final ImmutableSet<String> IGNORED =
      ImmutableSet.of(
              "NO", "NO.", "NOMOR", "NO URUT", "TEMPAT LAHIR", "NO KK", "NOMOR KK",
              "NOMOR KARTU KELUARGA", "ALAMAT", "RT", "RW", "RT/RW", "KECAMATAN", "KABUPATEN/KOTA",
              "KOTA", "PROVINSI", "AGAMA", "STATUS PERKAWINAN", "KEWARGANEGARAAN", "NO HP",
              "NOMOR HP", "TELEPON", "EMAIL", "KETERANGAN", "NUMBER", "BIRTH PLACE",
              "PLACE OF BIRTH", "FAMILY CARD NUMBER", "ADDRESS", "RELIGION", "PHONE", "NOTES")
          .stream()
          .map(RosterHeaders::normalize)
          .collect(ImmutableSet.toImmutableSet());

  /** Each normalized spelling's field. */
  private static final ImmutableMap<String, RecordField> FIELDS_BY_SPELLING = fieldsBySpelling();

  private RosterHeaders() {}

  private static ImmutableMap<String, RecordField> fieldsBySpelling() {
    Map<String, RecordField> map = new HashMap<>();
    SPELLINGS.forEach((field, spellings) -> {
      for (String s : spellings) {
        RecordField before = map.put(normalize(s), field);
        if (before != null && before != field) {
          throw new IllegalStateException(s + " names both " + before + " and " + field);
        }
      }
    });
    return ImmutableMap.copyOf(map);
  }

  /**
   * Returns a header as compared: upper case, letters and digits only ({@code "Tgl. Lahir"} is
   * {@code TGLLAHIR}); a byte-order mark or any other symbol is dropped.
   *
   * @param header the header text, not null
   * @return the normalized header, not null, possibly empty
   */
  static String normalize(String header) {
    StringBuilder sb = new StringBuilder(header.length());
    header.toUpperCase(Locale.ROOT).codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /**
   * Returns the field a header gives.
   *
   * @param header the header as written, not null
   * @return the field, or null if the header names none
   */
  static @Nullable RecordField field(String header) {
    return FIELDS_BY_SPELLING.get(normalize(header));
  }

  /**
   * Returns how a field is called in messages: its first Indonesian or its English header.
   *
   * @param field the field, not null
   * @param lang the language, not null
   * @return the label, not null
   */
  static String label(RecordField field, Lang lang) {
    ImmutableList<String> spellings = SPELLINGS.get(field);
    return lang.pick(spellings.get(0), spellings.get(spellings.size() - 1));
  }

  /**
   * A header row as read: the column of each field it names, and what it does not read.
   *
   * @param columns each field's column index and header as written
   * @param unknown the headers neither read nor known, as written (an empty one as {@code #n})
   * @param repeated the headers that name a field an earlier column already named
   * @param width the number of columns
   */
  record Header(
      ImmutableMap<RecordField, Column> columns, ImmutableList<String> unknown,
      ImmutableList<String> repeated, int width) {

    /**
     * Reads a header row.
     *
     * @param cells the header cells, not null
     * @return the header, not null
     */
    static Header of(List<String> cells) {
      Map<RecordField, Column> columns = new EnumMap<>(RecordField.class);
      List<String> unknown = new ArrayList<>();
      List<String> repeated = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        String text = cells.get(i).strip();
        RecordField field = field(text);
        if (field == null) {
          String key = normalize(text);
          if (key.isEmpty()) {
            unknown.add("#" + (i + 1));
          } else if (!IGNORED.contains(key)) {
            unknown.add(text);
          }
        } else if (columns.putIfAbsent(field, new Column(i, text)) != null) {
          repeated.add(text);
        }
      }
      return new Header(Maps.immutableEnumMap(columns), ImmutableList.copyOf(unknown),
          ImmutableList.copyOf(repeated), cells.size());
    }

    /**
     * Returns the required fields this header has no column for.
     *
     * @param cohortGiven whether the cohort was given on the command line
     * @return the missing fields, in field order
     */
    ImmutableList<RecordField> missing(boolean cohortGiven) {
      return REQUIRED.stream()
          .filter(f -> !columns.containsKey(f))
          .filter(f -> !(cohortGiven && f == RecordField.COHORT_ID))
          .collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns what a finding on {@code field} is called: the header as the file writes it, else
     * the field's {@linkplain #label label}.
     */
    String name(RecordField field, Lang lang) {
      Column c = columns.get(field);
      return c != null ? c.header() : label(field, lang);
    }
  }

  /**
   * One read column.
   *
   * @param index its index in the row
   * @param header its header as written
   */
  record Column(int index, String header) {}
}
