package id.terampil.examples;

import com.google.common.collect.ImmutableList;
import id.terampil.examples.showcase.Lang;
import id.terampil.examples.showcase.Report;
import id.terampil.examples.showcase.RunResult;
import id.terampil.examples.showcase.Scenarios;
import id.terampil.examples.showcase.SeedRun;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The showcase of the five seed programs: each program is built from its article's facts, given
 * a synthetic applicant pool, and run through eligibility, selection, enrollment, attendance,
 * completion, follow-up and indicators ({@link SeedRun}); a concise report per program is
 * printed ({@link Report}). The output is the same on every run.
 *
 * <p>Run it from a fresh clone with {@code scripts/showcase.sh --lang id} (or {@code en}, the
 * default).
 */
public final class Showcase {

  private Showcase() {}

  /**
   * Runs the showcase.
   *
   * @param args {@code --lang id|en}, default {@code en}
   */
  public static void main(String[] args) {
    Lang lang;
    try {
      lang = parseLang(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: scripts/showcase.sh [--lang id|en]");
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render(lang));
    out.flush();
  }

  /**
   * Runs every seed program and renders the reports.
   *
   * @param lang the language, not null
   * @return the whole showcase text, not null
   */
  public static String render(Lang lang) {
    ImmutableList<RunResult> runs =
        Scenarios.all().stream().map(SeedRun::run).collect(ImmutableList.toImmutableList());
    return lang.pick(
            "Terampil: lima program pelatihan dari artikel berita, dijalankan dari pendaftaran"
                + " sampai kelulusan.\nPendaftar, aturan seleksi, kehadiran, penyaluran dan hasil"
                + " SINTETIS (NIK dan nama disamarkan).\n",
            "Terampil: five training programs from news articles, run from registration to"
                + " completion.\nApplicants, selection rules, attendance, deliveries and outcomes are"
                + " SYNTHETIC (NIKs and names masked).\n")
        + Report.legend(lang)
        + "\n"
        + Report.render(runs, lang)
        + "\n"
        + Report.definitions(lang);
  }

  /**
   * Returns the language asked for by {@code --lang id|en} (or {@code --lang=id}); English when
   * absent.
   *
   * @param args the command-line arguments, not null
   * @return the language, not null
   * @throws IllegalArgumentException for an unknown option or language
   */
  static Lang parseLang(String[] args) {
    Lang lang = Lang.EN;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang") && i + 1 < args.length) {
        lang = Lang.parse(args[++i]);
      } else if (a.startsWith("--lang=")) {
        lang = Lang.parse(a.substring("--lang=".length()));
      } else if (!a.isBlank()) {
        throw new IllegalArgumentException("unknown argument: " + a);
      }
    }
    return lang;
  }
}
