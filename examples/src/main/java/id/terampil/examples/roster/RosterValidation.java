package id.terampil.examples.roster;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.terampil.core.program.TrainingProgram;
import id.terampil.examples.seeds.SeedPrograms;
import id.terampil.examples.showcase.Lang;
import id.terampil.validation.BatchReport;
import id.terampil.validation.BatchValidator;
import id.terampil.validation.DocumentEntry;
import id.terampil.validation.EnrollmentRecord;
import id.terampil.validation.Finding;
import id.terampil.validation.RecordField;
import id.terampil.validation.RecordReport;
import id.terampil.validation.RosterKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>The CSV has a header row naming the {@linkplain #COLUMNS columns}, one per {@link
 * EnrollmentRecord} field, in any order; the {@code role} column may be left out. Target groups are separated by {@code ;}
 * ({@code HOUSEWIFE;MICRO_BUSINESS_OWNER}); documents are {@code KIND:yyyy-MM-dd} separated by
 * {@code ;} ({@code KTP:2015-03-01;AK_I:2024-01-05}); an empty cell is an absent value. Parsing is
 * done by Apache Commons CSV. A row that cannot be read as a record (wrong number of columns) is
 * reported as a finding of its own ({@value #COLUMN_COUNT}), never dropped; a syntax error that
 * stops the parser ({@value #CSV_SYNTAX}) is reported with its line and ends the reading.
 *
 * <p>Run it with {@code scripts/roster.sh [--lang id|en] [--date yyyy-MM-dd] [--file roster.csv]};
 * without {@code --file} it reads the bundled synthetic sample {@value #SAMPLE}, which holds
 * deliberately broken rows.
 */
public final class RosterValidation {

  /** Exit status: every row is clean. */
  public static final int CLEAN = 0;
  /** Exit status: at least one row has an error or could not be read. */
  public static final int ERRORS = 1;
  /** Exit status: bad arguments, or the file or its header cannot be read. */
  public static final int USAGE = 2;

  /** The bundled sample roster, a class-path resource. */
  public static final String SAMPLE = "/roster/pekalongan-2024-sample.csv";

  /** The close of registration of the Pekalongan 2024 program in the showcase. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2024, 6, 25);

  /** The code of a row whose number of columns differs from the header's. */
  public static final String COLUMN_COUNT = "CSV_COLUMN_COUNT";
  /** The code of a CSV syntax error that stops the reading. */
  public static final String CSV_SYNTAX = "CSV_SYNTAX";

  /**
   * The header names, one per {@link EnrollmentRecord} field: the {@link RecordField#fieldName()}
   * of every {@link RecordField}, in its order.
   */
  public static final ImmutableList<String> COLUMNS =
      Arrays.stream(RecordField.values()).map(RecordField::fieldName).collect(toImmutableList());

  /** The columns a roster may leave out: the role (a citizen applicant unless given). */
  static final ImmutableSet<String> OPTIONAL_COLUMNS = ImmutableSet.of(RecordField.ROLE.fieldName());

  private static final String USAGE_TEXT =
      "usage: scripts/roster.sh [--lang id|en] [--date yyyy-MM-dd] [--file roster.csv]";

  private RosterValidation() {}

  /**
   * Runs the example and exits with its status.
   *
   * @param args {@code --lang id|en} (default en), {@code --date yyyy-MM-dd} (default {@link
   *     #DEFAULT_REFERENCE_DATE}), {@code --file path} (default the bundled sample)
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status = run(args, out);
    out.flush();
    if (status != CLEAN) {
      System.exit(status);
    }
  }

  /**
   * Reads, validates and reports a roster.
   *
   * @param args as for {@link #main}, not null
   * @param out where the report goes, not null
   * @return {@link #CLEAN}, {@link #ERRORS} or {@link #USAGE}
   */
  public static int run(String[] args, PrintStream out) {
    Lang lang = Lang.EN;
    LocalDate date = DEFAULT_REFERENCE_DATE;
    @Nullable Path file = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.isBlank()) {
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + a);
        }
        switch (a) {
          case "--lang":
            lang = Lang.parse(args[++i]);
            break;
          case "--date":
            date = LocalDate.parse(args[++i]);
            break;
          case "--file":
            file = Path.of(args[++i]);
            break;
          default:
            throw new IllegalArgumentException("unknown argument: " + a);
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      out.println(e.getMessage());
      out.println(USAGE_TEXT);
      return USAGE;
    }
    Roster roster;
    String source = file == null ? SAMPLE : file.toString();
    try (Reader reader = open(file)) {
      roster = Roster.read(reader);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      out.println(lang.pick("tidak dapat membaca ", "cannot read ") + source + ": " + e.getMessage());
      return USAGE;
    }
    return report(roster, SeedPrograms.pekalongan2024(), date, source, lang, out);
  }

  private static Reader open(@Nullable Path file) throws IOException {
    if (file != null) {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    InputStream in = RosterValidation.class.getResourceAsStream(SAMPLE);
    if (in == null) {
      throw new IOException("resource not found");
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
    for (Row row : roster.rows()) {
      if (row.problem() != null) {
        out.printf("%s %-4d %-34s %-22s %s%n", lang.pick("baris", "line "), row.line(),
            row.problem().code(), "-", row.problem().message(lang));
        continue;
      }
      RecordReport r = report.records().get(row.index());
      for (Finding f : r.findings()) {
        out.printf("%s %-4d %-34s %-22s %s%s%s%n", lang.pick("baris", "line "), row.line(),
            f.code(), f.field().orElse("-"), f.isError() ? "" : lang.pick("[peringatan] ", "[warning] "),
            f.message(lang.locale()), earlierLine(roster, f, lang));
      }
    }
    long unreadable = roster.rows().stream().filter(r -> r.problem() != null).count();
    out.println(report.summary(lang.locale())
        + (unreadable == 0 ? "" : lang.pick("; baris tidak terbaca ", "; unreadable rows ") + unreadable));
    boolean errors = report.errorCount() > 0 || unreadable > 0;
    out.println(errors
        ? lang.pick("HASIL: ada kesalahan (kode keluar 1)", "RESULT: errors found (exit status 1)")
        : lang.pick("HASIL: bersih", "RESULT: clean"));
    return errors ? ERRORS : CLEAN;
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
   * Why a CSV row could not be read as a record.
   *
   * @param code {@link #COLUMN_COUNT} or {@link #CSV_SYNTAX}
   * @param expected the columns of the header (for a column count), or 0
   * @param found the columns of the row (for a column count), or 0
   * @param detail the parser's message (for a syntax error), or empty
   */
  record Problem(String code, int expected, int found, String detail) {

    String message(Lang lang) {
      return code.equals(COLUMN_COUNT)
          ? String.format(lang.pick("baris berisi %d kolom, seharusnya %d seperti judul kolom",
              "the row has %d columns, the header %d"), found, expected)
          : lang.pick("CSV tidak valid, pembacaan berhenti: ", "invalid CSV, reading stopped: ")
              + detail;
    }
  }

  /**
   * One data row of the CSV: its line, and either its index in the batch or why it could not be
   * read.
   *
   * @param line the line number in the file (the header is line 1)
   * @param index the index of its record in {@link Roster#records()}, or -1
   * @param problem why it could not be read, or null
   */
  record Row(long line, int index, @Nullable Problem problem) {}

  /**
   * A roster as read from CSV: every row, and the records of the readable ones in order.
   *
   * @param rows every data row
   * @param records the records of the readable rows
   */
  record Roster(ImmutableList<Row> rows, ImmutableList<EnrollmentRecord> records) {

    /**
     * Reads a roster.
     *
     * @throws IOException if the reader fails
     * @throws IllegalArgumentException if the header is missing a column or repeats one
     */
    static Roster read(Reader reader) throws IOException {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      List<Row> rows = new ArrayList<>();
      List<EnrollmentRecord> records = new ArrayList<>();
      try (CSVParser parser = format.parse(reader)) {
        Map<String, Integer> header = parser.getHeaderMap();
        List<String> missing = new ArrayList<>();
        for (String column : COLUMNS) {
          if (!header.containsKey(column) && !OPTIONAL_COLUMNS.contains(column)) {
            missing.add(column);
          }
        }
        if (!missing.isEmpty()) {
          throw new IllegalArgumentException("the header lacks the columns " + missing);
        }
        Iterator<CSVRecord> it = parser.iterator();
        while (true) {
          CSVRecord csv;
          try {
            if (!it.hasNext()) {
              break;
            }
            csv = it.next();
          } catch (UncheckedIOException | IllegalStateException e) {
            rows.add(new Row(parser.getCurrentLineNumber(), -1,
                new Problem(CSV_SYNTAX, 0, 0, Objects.toString(e.getMessage(), ""))));
            break;
          }
          // The record number counts the header: data record n is on line n for one-line rows.
          long line = csv.getRecordNumber() + 1;
          if (csv.size() != header.size()) {
            rows.add(new Row(line, -1, new Problem(COLUMN_COUNT, header.size(), csv.size(), "")));
          } else {
            rows.add(new Row(line, records.size(), null));
            records.add(toRecord(csv, header));
          }
        }
      }
      return new Roster(ImmutableList.copyOf(rows), ImmutableList.copyOf(records));
    }
  }

  /** The record of a CSV row that has every column. */
  static EnrollmentRecord toRecord(CSVRecord csv, Map<String, Integer> header) {
    EnrollmentRecord.Builder b = EnrollmentRecord.builder()
        .nik(cell(csv, header, "nik"))
        .name(cell(csv, header, "name"))
        .sex(cell(csv, header, "sex"))
        .birthDate(cell(csv, header, "birthDate"))
        .domicileCode(cell(csv, header, "domicileCode"))
        .education(cell(csv, header, "education"))
        .employment(cell(csv, header, "employment"))
        .programId(cell(csv, header, "programId"))
        .cohortId(cell(csv, header, "cohortId"))
        .businessKbli(cell(csv, header, "businessKbli"))
        .businessCapital(cell(csv, header, "businessCapital"))
        .businessAnnualSales(cell(csv, header, "businessAnnualSales"))
        .registeredAt(cell(csv, header, "registeredAt"))
        .score(cell(csv, header, "score"))
        .role(header.containsKey("role") ? cell(csv, header, "role") : null);
    for (String group : list(cell(csv, header, "targetGroups"))) {
      b.addTargetGroups(group);
    }
    for (String document : list(cell(csv, header, "documents"))) {
      int colon = document.indexOf(':');
      b.addDocuments(colon < 0
          ? DocumentEntry.of(document, null)
          : DocumentEntry.of(document.substring(0, colon), document.substring(colon + 1)));
    }
    return b.build();
  }

  /** The cell of {@code column}; an empty cell is absent. */
  private static @Nullable String cell(CSVRecord csv, Map<String, Integer> header, String column) {
    String value = csv.get(header.get(column));
    return value.isEmpty() ? null : value;
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
