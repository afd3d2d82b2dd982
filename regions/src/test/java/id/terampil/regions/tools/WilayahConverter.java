package id.terampil.regions.tools;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Converts the Kemendagri region lists, as SQL files of cahyadsn/wilayah ({@code
 * wilayah_YYYY.sql} or {@code wilayah_YYYY.sql.gz}), into the resource that terampil-regions
 * ships: {@code wilayah.tsv.gz}, one line per code that appears in any edition, with each
 * spelling of its name and the editions that write it so.
 *
 * <p>Plain JDK, no dependencies, so that it runs as a single source file from the repository
 * root:
 *
 * <pre>
 * java regions/src/test/java/id/terampil/regions/tools/WilayahConverter.java \
 *     regions/src/data/wilayah \
 *     regions/src/main/resources/id/terampil/regions/wilayah.tsv.gz
 * </pre>
 *
 * <p>The output is deterministic (gzip without a file name or time stamp), so running it again
 * on the same sources gives the same bytes. {@code WilayahResourceTest} checks the shipped
 * resource against the sources.
 *
 * <p>Format of the uncompressed text (UTF-8, lines end with LF): lines starting with {@code #}
 * are comments; the line {@code @editions 2016 2018 ...} names the editions in order; every
 * other line is {@code code TAB editions TAB name [TAB editions TAB name ...]}, where {@code
 * editions} lists the indexes (0-9) of the editions that write the code with that name, e.g.
 * {@code 33.75\t012345\tKota Pekalongan}. Lines are in code order (parents before children);
 * a code's spellings in the order of the first edition that uses each. Names are kept exactly
 * as the SQL holds them (after undoing the SQL quoting), including repeated or trailing spaces.
 */
public final class WilayahConverter {

  /** A row {@code ('11.01','KAB. ACEH SELATAN')} in single or double quotes, with escapes. */
  private static final Pattern ROW =
      Pattern.compile(
          "^\\(\\s*([\"'])([0-9.]+)\\1\\s*,\\s*([\"'])((?:\\\\.|''|\"\"|[^\\\\'\"]|(?!\\3)['\"])*)\\3"
              + "\\s*\\)\\s*[,;]?\\s*$");

  private static final Pattern FILE = Pattern.compile("wilayah_(\\d{4})\\.sql(\\.gz)?");

  private WilayahConverter() {}

  /**
   * Runs the converter.
   *
   * @param args the folder with the SQL files and the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: WilayahConverter <folder with wilayah_YYYY.sql[.gz]> <out.tsv.gz>");
      System.exit(2);
    }
    Map<String, Map<String, String>> editions = readEditions(Path.of(args[0]));
    byte[] gz = gzip(toText(editions));
    Files.write(Path.of(args[1]), gz);
    System.out.println(
        "wrote " + args[1] + ": " + gz.length + " bytes, editions " + editions.keySet());
  }

  /**
   * Reads every {@code wilayah_YYYY.sql} or {@code .sql.gz} file in a folder.
   *
   * @param folder the folder
   * @return code to name, per edition year, in year order
   * @throws IOException if a file cannot be read or holds a row that is not understood
   */
  public static Map<String, Map<String, String>> readEditions(Path folder) throws IOException {
    Map<String, Map<String, String>> editions = new TreeMap<>();
    try (var files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (m.matches()) {
          if (editions.containsKey(m.group(1))) {
            throw new IOException("two files for edition " + m.group(1));
          }
          editions.put(m.group(1), readSql(file));
        }
      }
    }
    if (editions.isEmpty()) {
      throw new IOException("no wilayah_YYYY.sql files in " + folder);
    }
    return editions;
  }

  /**
   * Reads the rows of one SQL file: every line that starts with {@code (}.
   *
   * @param file a {@code .sql} or {@code .sql.gz} file
   * @return code to name, in file order
   * @throws IOException if the file cannot be read, a row is not understood or a code repeats
   */
  public static Map<String, String> readSql(Path file) throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.startsWith("(")) {
          continue;
        }
        Matcher m = ROW.matcher(line);
        if (!m.matches()) {
          throw new IOException(file + ":" + number + ": row not understood: " + line);
        }
        String code = m.group(2);
        String name = unquote(m.group(4), m.group(3).charAt(0));
        if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.isEmpty()) {
          throw new IOException(file + ":" + number + ": name cannot be stored: " + line);
        }
        if (rows.put(code, name) != null) {
          throw new IOException(file + ":" + number + ": code repeats: " + code);
        }
      }
    }
    return rows;
  }

  /** Undoes SQL string quoting: backslash escapes and doubled quotes. */
  static String unquote(String quoted, char quote) {
    StringBuilder out = new StringBuilder(quoted.length());
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length()) {
        char next = quoted.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else if (c == quote && i + 1 < quoted.length() && quoted.charAt(i + 1) == quote) {
        out.append(quote);
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Writes the editions in the resource's text format.
   *
   * @param editions code to name per edition year, in year order
   * @return the text, not compressed
   */
  public static String toText(Map<String, Map<String, String>> editions) {
    List<String> years = new ArrayList<>(editions.keySet());
    if (years.size() > 10) {
      throw new IllegalArgumentException("at most 10 editions fit the format");
    }
    // code -> (name -> edition indexes), codes in text order (= code order, fixed widths)
    Map<String, Map<String, StringBuilder>> codes = new TreeMap<>();
    for (int e = 0; e < years.size(); e++) {
      for (Map.Entry<String, String> row : editions.get(years.get(e)).entrySet()) {
        codes
            .computeIfAbsent(row.getKey(), k -> new LinkedHashMap<>())
            .computeIfAbsent(row.getValue(), k -> new StringBuilder())
            .append((char) ('0' + e));
      }
    }
    StringBuilder out = new StringBuilder(4 << 20);
    out.append("# Kemendagri region codes (kode wilayah), every edition; see META-INF/NOTICE.\n");
    out.append("# Generated by WilayahConverter from cahyadsn/wilayah (MIT). Do not edit.\n");
    out.append("# code TAB editions TAB name [TAB editions TAB name ...]\n");
    out.append("@editions");
    for (String year : years) {
      out.append(' ').append(year);
    }
    out.append('\n');
    for (Map.Entry<String, Map<String, StringBuilder>> code : codes.entrySet()) {
      out.append(code.getKey());
      for (Map.Entry<String, StringBuilder> name : code.getValue().entrySet()) {
        out.append('\t').append(name.getValue()).append('\t').append(name.getKey());
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Compresses text as UTF-8 with gzip, deterministically (no name, no time stamp).
   *
   * @param text the text
   * @return the gzip bytes
   * @throws IOException never in practice
   */
  public static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz =
            new GZIPOutputStream(bytes) {
              {
                def.setLevel(9);
              }
            };
        Writer writer = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
      writer.write(text);
    }
    return bytes.toByteArray();
  }
}
