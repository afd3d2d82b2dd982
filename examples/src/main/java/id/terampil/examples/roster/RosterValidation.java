package id.terampil.examples.roster;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.examples.roster.RosterHeaders.Column;
import id.terampil.examples.roster.RosterHeaders.Header;
import id.terampil.examples.seeds.SeedPrograms;
import id.terampil.examples.showcase.Lang;
import id.terampil.regions.OfficialRegions;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.RecordField;
import id.terampil.validation.RecordReport;
import id.terampil.validation.RosterKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Validates a roster of participants (daftar peserta: people who took seats, an {@linkplain
 * RosterKind#ENROLLMENTS enrollment roster}) exported as CSV against the Pekalongan 2024 program
 * with the library's {@link BatchValidator}, prints the findings per row and a summary, and exits
 * non-zero when there are errors, as a CI gate or an import job would want.
 *
 * <p>The CSV is read as agencies export it: the header row's columns are found by {@link
 * RosterHeaders}, in any order, in Indonesian or English, without regard to case, spacing and
 * punctuation ({@code NIK}, {@code NAMA LENGKAP}, {@code JENIS KELAMIN}, {@code TANGGAL LAHIR},
 * {@code KELURAHAN/DESA}, {@code PENDIDIKAN}, {@code PEKERJAAN}, {@code ANGKATAN}, …). A missing
 * required column is named and ends the run ({@value #USAGE}); known columns the example does not
 * read ({@code TEMPAT LAHIR}, {@code NO KK}, {@code ALAMAT}, {@code RT/RW}, …) are skipped, and
 * unknown ones skipped with a note. The cohort may be given with {@code --cohort} when the file
 * has no cohort column (or for its empty cells); without a registration column every row is taken
 * as registered on the reference date, which a note says. The KELURAHAN/DESA cell is a region code
 * or a village name, looked up with the official region directory among the regions the program
 * serves ({@link VillageNames}); a name that finds no village ({@value #VILLAGE_UNKNOWN}) or
 * several ({@value #VILLAGE_AMBIGUOUS}) is reported on its row.
 *
 * <p>Columns are separated by commas, or by semicolons where the header has more of them (as a
 * spreadsheet set to Indonesian saves CSV). Target groups are separated by {@code ;} ({@code HOUSEWIFE;MICRO_BUSINESS_OWNER}); documents
 * are {@code KIND:yyyy-MM-dd} separated by {@code ;} ({@code KTP:2015-03-01;AK_I:2024-01-05}); an
 * empty cell is an absent value. Parsing is done by Apache Commons CSV. A row that cannot be read
 * as a record (wrong number of columns) is reported as a finding of its own ({@value
 * #COLUMN_COUNT}), never dropped; a syntax error that stops the parser ({@value #CSV_SYNTAX}) is
 * reported with its line and ends the reading. Every message is in the language chosen with
 * {@code --lang}.
 *
 * <p>Run it with {@code scripts/roster.sh [--lang id|en] [--date yyyy-MM-dd] [--file roster.csv]
 * [--cohort ID]}; without {@code --file} it reads the bundled synthetic sample {@value #SAMPLE},
 * which holds deliberately broken rows.
 */
public final class RosterValidation {

  /** Exit status: every row is clean. */
  public static final int CLEAN = 0;
  /** Exit status: at least one row has an error or could not be read. */
  public static final int ERRORS = 1;
  /** Exit status: bad arguments, or the file or its header cannot be read. */
  public static final int USAGE = 2;

  /** The bundled sample roster, a class-path resource, with Indonesian headers. */
  public static final String SAMPLE = "/roster/pekalongan-2024-sample.csv";

  /** The close of registration of the Pekalongan 2024 program in the showcase. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2024, 6, 25);

  /** The code of a row whose number of columns differs from the header's. */
  public static final String COLUMN_COUNT = "CSV_COLUMN_COUNT";
  /** The code of a CSV syntax error that stops the reading. */
  public static final String CSV_SYNTAX = "CSV_SYNTAX";
  /** The code of a village name that names no village of the program's regions. */
  public static final String VILLAGE_UNKNOWN = "VILLAGE_NAME_UNKNOWN";
  /** The code of a village name that names several villages of the program's regions. */
  public static final String VILLAGE_AMBIGUOUS = "VILLAGE_NAME_AMBIGUOUS";

  private static final String USAGE_ARGS =
      " scripts/roster.sh [--lang id|en] [--date yyyy-MM-dd] [--file roster.csv] [--cohort ID]";

  private RosterValidation() {}

  /**
   * Runs the example and exits with its status.
   *
   * @param args {@code --lang id|en} (default en), {@code --date yyyy-MM-dd} (default {@link
   *     #DEFAULT_REFERENCE_DATE}), {@code --file path} (default the bundled sample), {@code
   *     --cohort ID} (the cohort of rows that name none)
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status = run(args, out);
    out.flush();
    if (status != CLEAN) {
      System.exit(status);
    }
  }

  /** The command line as read. */
  private record Options(LocalDate date, @Nullable Path file, @Nullable String cohort) {}

  /**
   * Reads, validates and reports a roster.
   *
   * @param args as for {@link #main}, not null
   * @param out where the report goes, not null
   * @return {@link #CLEAN}, {@link #ERRORS} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out) {
    Lang lang = Lang.EN;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--lang")) {
        String code = args[i + 1];
        if (!code.equalsIgnoreCase("id") && !code.equalsIgnoreCase("en")) {
          out.println("--lang harus id atau en / --lang must be id or en: " + code);
          out.println("penggunaan:" + USAGE_ARGS);
          out.println("usage:" + USAGE_ARGS);
          return USAGE;
        }
        lang = Lang.parse(code);
      }
    }
    Options options;
    try {
      options = options(args, lang);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println(lang.pick("penggunaan:", "usage:") + USAGE_ARGS);
      return USAGE;
    }
    TrainingProgram program = SeedPrograms.pekalongan2024();
    String cohort = options.cohort();
    if (cohort != null
        && program.cohorts().stream().noneMatch(c -> c.id().toString().equals(cohort))) {
      out.printf(lang.pick("--cohort %s bukan angkatan program %s%n",
          "--cohort %s is not a cohort of program %s%n"), cohort, program.id());
      return USAGE;
    }
    Path file = options.file();
    String source = file == null ? SAMPLE : file.toString();
    Roster roster;
    try (Reader reader = open(file)) {
      roster = Roster.read(reader, new Reading(program, options.date(), cohort, lang));
    } catch (NoSuchFileException e) {
      out.println(lang.pick("berkas tidak ditemukan: ", "file not found: ") + source);
      return USAGE;
    } catch (IOException | UncheckedIOException e) {
      out.println(lang.pick("tidak dapat membaca ", "cannot read ") + source + ": "
          + e.getClass().getSimpleName());
      return USAGE;
    } catch (IllegalArgumentException e) {
      out.println(source + ": " + e.getMessage());
      return USAGE;
    }
    return report(roster, program, options.date(), source, lang, out);
  }

  /** Reads the options; the messages of what it throws are in {@code lang}. */
  private static Options options(String[] args, Lang lang) {
    LocalDate date = DEFAULT_REFERENCE_DATE;
    @Nullable Path file = null;
    @Nullable String cohort = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.isBlank()) {
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(lang.pick("nilai untuk ", "missing value for ") + a
            + lang.pick(" tidak ada", ""));
      }
      String value = args[++i];
      switch (a) {
        case "--lang":
          break;
        case "--date":
          try {
            date = LocalDate.parse(value);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(lang.pick(
                "--date harus berbentuk yyyy-MM-dd: ", "--date must be yyyy-MM-dd: ") + value, e);
          }
          break;
        case "--file":
          file = Path.of(value);
          break;
        case "--cohort":
          cohort = value.strip();
          break;
        default:
          throw new IllegalArgumentException(
              lang.pick("argumen tidak dikenal: ", "unknown argument: ") + a);
      }
    }
    return new Options(date, file, cohort);
  }

  private static Reader open(@Nullable Path file) throws IOException {
    if (file != null) {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    InputStream in = RosterValidation.class.getResourceAsStream(SAMPLE);
    if (in == null) {
      throw new NoSuchFileException(SAMPLE);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  static int report(
      Roster roster, TrainingProgram program, LocalDate date, String source, Lang lang,
      PrintStream out) {
    // A roster of participants: people who took seats, so the cohorts' seats are checked too.
    BatchValidator validator =
        BatchValidator.builder(program, date).roster(RosterKind.ENROLLMENTS).build();
    BatchReport report = validator.validate(roster.records());
    out.printf("%s %s, %s %s: %s (%d %s)%n", lang.pick("Validasi daftar peserta", "Roster validation"),
        program.id(), lang.pick("tanggal acuan", "reference date"), date, source,
        roster.rows().size(), lang.pick("baris", "rows"));
    for (String note : roster.notes()) {
      out.println(lang.pick("catatan: ", "note: ") + note);
    }
    for (Row row : roster.rows()) {
      Problem problem = row.problem();
      if (problem != null) {
        print(out, lang, row, problem.code(), problem.field(roster.header(), lang), "",
            problem.message(lang));
        if (row.index() < 0) {
          continue;
        }
      }
      RecordReport r = report.records().get(row.index());
      for (Finding f : r.findings()) {
        String field = f.field().orElse("");
        RecordField unread = problem == null ? null : problem.field();
        if (unread != null && field.equals(unread.fieldName())) {
          continue; // the row's own problem says why the cell was not read
        }
        print(out, lang, row, f.code().toString(), fieldName(roster.header(), field, lang),
            f.isError() ? "" : lang.pick("[peringatan] ", "[warning] "),
            f.message(lang.locale()) + earlierLine(roster, f, lang));
      }
    }
    long unreadable = roster.rows().stream().filter(r -> r.index() < 0).count();
    out.println(report.summary(lang.locale())
        + (unreadable == 0 ? "" : lang.pick("; baris tidak terbaca ", "; unreadable rows ") + unreadable));
    boolean errors = report.errorCount() > 0 || unreadable > 0;
    out.println(errors
        ? lang.pick("HASIL: ada kesalahan (kode keluar 1)", "RESULT: errors found (exit status 1)")
        : lang.pick("HASIL: bersih", "RESULT: clean"));
    return errors ? ERRORS : CLEAN;
  }

  private static void print(
      PrintStream out, Lang lang, Row row, String code, String field, String severity,
      String message) {
    out.printf("%s %-4d %-34s %-22s %s%s%n", lang.pick("baris", "line "), row.line(), code,
        field, severity, message);
  }

  /**
   * Returns a finding's field as the file calls it: {@code TANGGAL LAHIR} for {@code birthDate},
   * {@code DOKUMEN #2} for {@code documents[1].issueDate}; {@code -} for the whole record.
   */
  static String fieldName(Header header, String field, Lang lang) {
    int end = 0;
    while (end < field.length() && Character.isLetter(field.charAt(end))) {
      end++;
    }
    String base = field.substring(0, end);
    for (RecordField f : RecordField.values()) {
      if (f.fieldName().equals(base)) {
        String name = header.name(f, lang);
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        return open == end && close > open
            ? name + " #" + (Integer.parseInt(field.substring(open + 1, close)) + 1)
            : name;
      }
    }
    return field.isEmpty() ? "-" : field;
  }

  /**
   * Returns, for a finding that points at an earlier record of the batch (a duplicate NIK, an
   * overlapping cohort), that record's line in the file; batch indexes skip unreadable rows.
   */
  private static String earlierLine(Roster roster, Finding f, Lang lang) {
    String index = f.parameters().getOrDefault("firstIndex", f.parameters().get("otherIndex"));
    if (index == null) {
      return "";
    }
    int i = Integer.parseInt(index);
    return roster.rows().stream().filter(r -> r.index() == i).findFirst()
        .map(r -> lang.pick(" [baris ", " [line ") + r.line() + "]").orElse("");
  }

  /**
   * Why a CSV row, or one of its cells, could not be read.
   *
   * @param code {@link #COLUMN_COUNT}, {@link #CSV_SYNTAX}, {@link #VILLAGE_UNKNOWN} or {@link
   *     #VILLAGE_AMBIGUOUS}
   * @param expected the columns of the header (for a column count), or 0
   * @param found the columns of the row (for a column count), or 0
   * @param detail the parser's message (for a syntax error), the village name and what it
   *     finds (for a village), or empty
   */
  record Problem(String code, int expected, int found, String detail) {

    /** Returns the field the problem is about: the domicile for a village name, else null. */
    @Nullable RecordField field() {
      return code.equals(VILLAGE_UNKNOWN) || code.equals(VILLAGE_AMBIGUOUS)
          ? RecordField.DOMICILE_CODE
          : null;
    }

    String field(Header header, Lang lang) {
      RecordField field = field();
      return field == null ? "-" : header.name(field, lang);
    }

    String message(Lang lang) {
      switch (code) {
        case COLUMN_COUNT:
          return String.format(lang.pick("baris berisi %d kolom, seharusnya %d seperti judul kolom",
              "the row has %d columns, the header %d"), found, expected);
        case VILLAGE_UNKNOWN:
          return String.format(lang.pick("tidak ada kelurahan/desa bernama %s",
              "no village (kelurahan/desa) is named %s"), detail);
        case VILLAGE_AMBIGUOUS:
          return String.format(lang.pick("nama %s dipakai beberapa kelurahan/desa; tulis kodenya",
              "%s names several villages (kelurahan/desa); write its code"), detail);
        default:
          // Commons CSV explains in English only.
          return lang.pick("CSV tidak valid (mis. tanda kutip), pembacaan berhenti",
              "invalid CSV, reading stopped: " + detail);
      }
    }
  }

  /**
   * One data row of the CSV: its line, its index in the batch (-1 if it could not be read) and
   * what could not be read.
   *
   * @param line the line number in the file (the header is line 1)
   * @param index the index of its record in {@link Roster#records()}, or -1
   * @param problem why the row or a cell could not be read, or null
   */
  record Row(long line, int index, @Nullable Problem problem) {}

  /**
   * What reading a roster needs besides the file.
   *
   * @param program the program, whose regions village names are looked up in
   * @param date the reference date, the registration time of rows without a registration column
   * @param cohort the cohort of rows that name none, or null
   * @param lang the language of the messages
   */
  record Reading(TrainingProgram program, LocalDate date, @Nullable String cohort, Lang lang) {}

  /**
   * A roster as read from CSV: its header, notes on it, every row, and the records of the
   * readable ones in order.
   *
   * @param header the header row as read
   * @param notes what was assumed or skipped, in the reading's language
   * @param rows every data row
   * @param records the records of the readable rows
   */
  record Roster(
      Header header, ImmutableList<String> notes, ImmutableList<Row> rows,
      ImmutableList<EnrollmentRecord> records) {

    /**
     * Reads a roster.
     *
     * @throws IOException if the reader fails
     * @throws IllegalArgumentException if the file is empty, its header lacks a required column
     *     or names a field twice; the message is in the reading's language
     */
    static Roster read(Reader reader, Reading reading) throws IOException {
      Lang lang = reading.lang();
      List<Row> rows = new ArrayList<>();
      List<EnrollmentRecord> records = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      Header header;
      BufferedReader buffered = new BufferedReader(reader);
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(buffered)).get();
      try (CSVParser parser = format.parse(buffered)) {
        Iterator<CSVRecord> it = parser.iterator();
        if (!it.hasNext()) {
          throw new IllegalArgumentException(lang.pick("berkas kosong", "the file is empty"));
        }
        header = Header.of(it.next().toList());
        checkHeader(header, reading.cohort() != null, lang);
        if (!header.unknown().isEmpty()) {
          notes.add(lang.pick("kolom tak dikenal diabaikan: ", "unknown columns ignored: ")
              + String.join(", ", header.unknown()));
        }
        if (!header.columns().containsKey(RecordField.REGISTERED_AT)) {
          notes.add(String.format(lang.pick(
              "tanpa kolom waktu pendaftaran: setiap baris dianggap terdaftar pada tanggal acuan %s",
              "no registration column: every row is taken as registered on the reference date %s"),
              reading.date()));
        }
        VillageNames villages = VillageNames.of(OfficialRegions.directory(), reading.program());
        while (true) {
          CSVRecord csv;
          try {
            if (!it.hasNext()) {
              break;
            }
            csv = it.next();
          } catch (UncheckedIOException | IllegalStateException e) {
            rows.add(new Row(parser.getCurrentLineNumber(), -1,
                new Problem(CSV_SYNTAX, 0, 0, String.valueOf(e.getMessage()))));
            break;
          }
          // The record number counts the header: data record n is on line n for one-line rows.
          long line = csv.getRecordNumber();
          int columns = header.width();
          if (csv.size() != columns) {
            rows.add(new Row(line, -1, new Problem(COLUMN_COUNT, columns, csv.size(), "")));
            continue;
          }
          Problem problem = null;
          String domicile = cell(csv, header, RecordField.DOMICILE_CODE);
          if (domicile != null && VillageNames.isName(domicile)) {
            ImmutableSortedSet<RegionCode> found = villages.find(domicile);
            if (found.size() == 1) {
              domicile = found.first().toString();
            } else {
              problem = found.isEmpty()
                  ? new Problem(VILLAGE_UNKNOWN, 0, 0, lang.pick(
                      domicile + " di " + villages.scopeNames(),
                      domicile + " in " + villages.scopeNames()))
                  : new Problem(VILLAGE_AMBIGUOUS, 0, 0, domicile + " (" + found.stream()
                      .map(villages::describe).collect(Collectors.joining(", ")) + ")");
              domicile = null;
            }
          }
          rows.add(new Row(line, records.size(), problem));
          records.add(toRecord(csv, header, domicile, reading));
        }
      }
      return new Roster(header, ImmutableList.copyOf(notes), ImmutableList.copyOf(rows),
          ImmutableList.copyOf(records));
    }
  }

  /** The longest header line {@link #delimiter} looks at. */
  private static final int HEADER_LOOKAHEAD = 64 * 1024;

  /**
   * Returns the delimiter of a CSV file: {@code ;} when its first line has more semicolons than
   * commas outside quotes (a spreadsheet set to Indonesian writes CSV so, the comma being its
   * decimal separator), else {@code ,}. The reader is left at its start.
   */
  static char delimiter(BufferedReader reader) throws IOException {
    reader.mark(HEADER_LOOKAHEAD);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0, c = reader.read(); i < HEADER_LOOKAHEAD && c >= 0; i++, c = reader.read()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
      }
    }
    reader.reset();
    return semicolons > commas ? ';' : ',';
  }

  /** Refuses a header that lacks a required column or names a field twice, in {@code lang}. */
  private static void checkHeader(Header header, boolean cohortGiven, Lang lang) {
    List<String> missing = new ArrayList<>();
    for (RecordField f : header.missing(cohortGiven)) {
      missing.add(RosterHeaders.label(f, lang) + " ("
          + lang.pick("judul yang diterima: ", "accepted headers: ")
          + String.join(", ", RosterHeaders.SPELLINGS.get(f).stream().distinct().toList()) + ")");
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          lang.pick("kolom wajib tidak ada: ", "required columns missing: ")
              + String.join("; ", missing)
              + (header.missing(false).contains(RecordField.COHORT_ID) && !cohortGiven
                  ? lang.pick(" (angkatan dapat diberikan dengan --cohort ID)",
                      " (the cohort may be given with --cohort ID)")
                  : ""));
    }
    if (!header.repeated().isEmpty()) {
      throw new IllegalArgumentException(
          lang.pick("kolom yang sama muncul lagi: ", "the same column appears again: ")
              + String.join(", ", header.repeated()));
    }
  }

  /** The record of a CSV row that has every column, with its domicile as read. */
  static EnrollmentRecord toRecord(
      CSVRecord csv, Header header, @Nullable String domicile, Reading reading) {
    String cohort = cell(csv, header, RecordField.COHORT_ID);
    String registeredAt = header.columns().containsKey(RecordField.REGISTERED_AT)
        ? cell(csv, header, RecordField.REGISTERED_AT)
        : reading.date().atStartOfDay().toString();
    EnrollmentRecord.Builder b = EnrollmentRecord.builder()
        .nik(cell(csv, header, RecordField.NIK))
        .name(cell(csv, header, RecordField.NAME))
        .sex(cell(csv, header, RecordField.SEX))
        .birthDate(cell(csv, header, RecordField.BIRTH_DATE))
        .domicileCode(domicile)
        .education(cell(csv, header, RecordField.EDUCATION))
        .employment(cell(csv, header, RecordField.EMPLOYMENT))
        .programId(cell(csv, header, RecordField.PROGRAM_ID))
        .cohortId(cohort != null ? cohort : reading.cohort())
        .businessKbli(cell(csv, header, RecordField.BUSINESS_KBLI))
        .businessCapital(cell(csv, header, RecordField.BUSINESS_CAPITAL))
        .businessAnnualSales(cell(csv, header, RecordField.BUSINESS_ANNUAL_SALES))
        .businessStartDate(cell(csv, header, RecordField.BUSINESS_START_DATE))
        .registeredAt(registeredAt)
        .score(cell(csv, header, RecordField.SCORE))
        .role(cell(csv, header, RecordField.ROLE));
    for (String group : list(cell(csv, header, RecordField.TARGET_GROUPS))) {
      b.addTargetGroups(group);
    }
    for (String document : list(cell(csv, header, RecordField.DOCUMENTS))) {
      int colon = document.indexOf(':');
      b.addDocuments(colon < 0
          ? DocumentEntry.of(document, null)
          : DocumentEntry.of(document.substring(0, colon), document.substring(colon + 1)));
    }
    return b.build();
  }

  /** The cell of {@code field}; an empty cell, or a field the file has no column for, is absent. */
  private static @Nullable String cell(CSVRecord csv, Header header, RecordField field) {
    Column column = header.columns().get(field);
    if (column == null) {
      return null;
    }
    String value = csv.get(column.index());
    return value.isBlank() ? null : value;
  }

  /** The entries of a {@code ;}-separated cell, without empty ones. */
  private static List<String> list(@Nullable String cell) {
    List<String> out = new ArrayList<>();
    if (cell != null) {
      for (String part : cell.split(";", -1)) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }
}
