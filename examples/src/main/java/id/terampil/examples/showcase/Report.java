package id.terampil.examples.showcase;

import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableList;
import id.terampil.core.attendance.AttendanceSheet;
import id.terampil.core.attendance.AttendanceSummary;
import id.terampil.core.attendance.Certificate;
import id.terampil.core.attendance.CompletionRule;
import id.terampil.core.attendance.Ratio;
import id.terampil.core.attendance.TrainingSession;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.UnmetRule;
import id.terampil.core.enrollment.Enrollment;
import id.terampil.core.enrollment.EnrollmentStatus;
import id.terampil.core.enrollment.ReasonCode;
import id.terampil.core.followup.FollowUpActivity;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.followup.OutcomeStatus;
import id.terampil.core.followup.PlannedFollowUp;
import id.terampil.core.identity.Organizer;
import id.terampil.core.indicators.CheckpointOutcomes;
import id.terampil.core.indicators.Credentials;
import id.terampil.core.indicators.EnrollmentCounts;
import id.terampil.core.indicators.FollowUpProgress;
import id.terampil.core.indicators.FundingCost;
import id.terampil.core.indicators.IndicatorDefinition;
import id.terampil.core.indicators.IndicatorSet;
import id.terampil.core.indicators.PersonCounts;
import id.terampil.core.indicators.ProgramIndicators;
import id.terampil.core.indicators.SupportTotal;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.Intake;
import id.terampil.core.program.NominationOutcome;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.region.RegionCode;
import id.terampil.core.selection.SelectionOutcome;
import id.terampil.core.selection.SelectionReason;
import id.terampil.core.selection.SelectionResult;
import id.terampil.core.time.DateRange;
import id.terampil.examples.seeds.SeedPrograms;
import id.terampil.examples.seeds.SeedValue;
import id.terampil.regions.OfficialRegions;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Renders a {@link RunResult} as a concise report of a screen or two, in Indonesian or English.
 * Codes (reason codes, cohort ids, region codes) stay as they are in both languages: they are
 * what agency systems exchange. NIKs and names are masked.
 */
public final class Report {

  /** Cohorts listed in full; a program with more lists the first ones and counts the rest. */
  private static final int COHORTS_SHOWN = 3;

  /** The mark of a value not in the article, in Indonesian. */
  static final String SYNTHETIC_ID = "[sintetis]";
  /** The mark of a value not in the article, in English. */
  static final String SYNTHETIC_EN = "[synthetic]";
  /** The mark of a value read from the article by inference, in Indonesian. */
  static final String INFERRED_ID = "[tafsiran]";
  /** The mark of a value read from the article by inference, in English. */
  static final String INFERRED_EN = "[inferred]";

  private final Lang lang;
  private final StringBuilder out = new StringBuilder();

  private Report(Lang lang) {
    this.lang = lang;
  }

  /**
   * Renders the reports of several runs, numbered, separated by a blank line.
   *
   * @param runs the runs, not null
   * @param lang the language, not null
   * @return the text, ending with a line break, not null
   */
  public static String render(List<RunResult> runs, Lang lang) {
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      if (i > 0) {
        all.append('\n');
      }
      all.append(render(runs.get(i), lang, i + 1, runs.size()));
    }
    return all.toString();
  }

  /**
   * Renders the report of one run.
   *
   * @param run the run, not null
   * @param lang the language, not null
   * @param number the program's number in the showcase, from 1
   * @param of how many programs the showcase shows
   * @return the text, ending with a line break, not null
   */
  public static String render(RunResult run, Lang lang, int number, int of) {
    Report r = new Report(lang);
    r.program(run, number, of);
    r.plan(run.scenario().program());
    r.selection(run);
    r.enrollment(run);
    r.completion(run);
    r.followUp(run);
    r.indicators(run);
    return r.out.toString();
  }

  private String t(String indonesian, String english) {
    return lang.pick(indonesian, english);
  }

  /**
   * The legend of the marks that {@link #mark} puts on the lines of values an article does not
   * state; printed once, at the top of the showcase.
   *
   * @param lang the language, not null
   * @return the legend, one line ending with a line break, not null
   */
  public static String legend(Lang lang) {
    return lang.pick(
        "Nilai program sesuai artikelnya, kecuali yang bertanda " + SYNTHETIC_ID
            + " (tidak ada dalam artikel, dipilih agar masuk akal) atau " + INFERRED_ID
            + " (disimpulkan atau ditafsirkan dari artikel).\n",
        "Program values are as their article states them, except those marked " + SYNTHETIC_EN
            + " (not in the article, chosen to be plausible) or " + INFERRED_EN
            + " (read from the article by inference or interpretation).\n");
  }

  /** The mark of a value that the article of a seed program does not state, with a space. */
  private String mark(String id, SeedValue value) {
    switch (SeedPrograms.provenance(id, value)) {
      case SYNTHETIC:
        return " " + t(SYNTHETIC_ID, SYNTHETIC_EN);
      case INFERRED:
        return " " + t(INFERRED_ID, INFERRED_EN);
      default:
        return "";
    }
  }

  /**
   * The weekend days a cohort lists among its training days, with their mark, or nothing: by
   * default a cohort trains Monday to Friday.
   */
  private String weekendDays(Cohort c) {
    List<LocalDate> weekend =
        c.trainingDays().stream().filter(d -> !DateRange.isWeekday(d)).toList();
    return weekend.isEmpty()
        ? ""
        : t("  juga akhir pekan ", "  also weekend ")
            + weekend.stream().map(LocalDate::toString).collect(joining(", "))
            + mark(c.id().toString(), SeedValue.TRAINING_DAYS);
  }

  private void line(String label, String text) {
    out.append(String.format("%-15s%s%n", label, text));
  }

  private void detail(String text) {
    out.append("               ").append(text).append('\n');
  }

  private String number(long n) {
    return String.format(lang.locale(), "%,d", n);
  }

  private String percent(Ratio r) {
    return String.format(
        lang.locale(), "%s %%", r.toPercent(1, RoundingMode.HALF_UP).toPlainString())
        .replace('.', lang == Lang.ID ? ',' : '.');
  }

  private String decimal(Ratio r) {
    return r.toBigDecimal(2, RoundingMode.HALF_UP).toPlainString().replace('.', lang == Lang.ID ? ',' : '.');
  }

  private void program(RunResult run, int number, int of) {
    TrainingProgram p = run.scenario().program();
    String id = p.id().toString();
    out.append(String.format("== %d/%d  %s  [%s]%n", number, of, p.title(), p.id()));
    line(t("Penyelenggara", "Organizer"), organizer(p.organizer())
        + (p.coOrganizers().isEmpty()
            ? ""
            : t("; bersama ", "; with ")
                + p.coOrganizers().stream().map(this::organizer).collect(joining(", "))));
    line(t("Jenis", "Kind"), kind(p.kind()) + " | " + t("TA ", "FY ") + p.fiscalYear()
        + " | " + p.period() + mark(id, SeedValue.PERIOD));
    line(t("Pendanaan", "Funding"), p.funding().stream().map(this::funding).collect(joining(", "))
        + mark(id, SeedValue.FUNDING));
    line(t("Wilayah", "Regions served"), (p.regionsServed().isEmpty()
        ? t("tidak dibatasi", "not restricted")
        : p.regionsServed().stream().map(this::place).collect(joining(", ")))
        + mark(id, SeedValue.REGIONS_SERVED));
    line(t("Wajib sasaran", "Must belong to"), p.requiredGroups().isEmpty()
        ? "-"
        : groups(p.requiredGroups()) + mark(id, SeedValue.REQUIRED_GROUPS));
    if (!p.priorityGroups().isEmpty()) {
      line(t("Prioritas", "Priority"),
          p.priorityGroups().stream().map(this::group).collect(joining(", ")));
    }
    line(t("Persyaratan", "Eligibility"), p.eligibility().map(Object::toString).orElse("-")
        .replace("EligibilityPolicy", "") + (p.eligibility().isPresent() ? mark(id, SeedValue.ELIGIBILITY) : ""));
    line(t("Angkatan", "Cohorts"), String.format("%s %s%s, %s %s%s",
        number(p.cohorts().size()),
        t("angkatan", p.cohorts().size() == 1 ? "cohort" : "cohorts"),
        mark(id, SeedValue.COHORTS),
        seats(p.totalSeats()), t("kursi", "seats"), mark(id, SeedValue.SEATS)));
    for (Cohort c : p.cohorts().subList(0, Math.min(COHORTS_SHOWN, p.cohorts().size()))) {
      String cid = c.id().toString();
      detail(String.format("%s  %s%s  %s %s%s  %s%s%s%s%s",
          c.id(), c.period(), mark(cid, SeedValue.PERIOD),
          seats(c.seats()), t("kursi", "seats"), mark(cid, SeedValue.SEATS),
          c.skills().stream().map(this::skill).collect(joining(", ")), mark(cid, SeedValue.SKILLS),
          c.regionsServed().isEmpty() ? ""
              : t("  warga ", "  residents of ")
                  + c.regionsServed().stream().map(this::place).collect(joining(", ")),
          c.intake() == Intake.NOMINATION
              ? t("  penunjukan: ", "  nominated: ")
                  + c.participantRoles().stream().map(Enum::name).collect(joining(", "))
                  + mark(cid, SeedValue.INTAKE)
              : "",
          weekendDays(c)));
    }
    if (p.cohorts().size() > COHORTS_SHOWN) {
      detail(String.format(t("... dan %s angkatan lagi", "... and %s more cohorts"),
          number(p.cohorts().size() - COHORTS_SHOWN)));
    }
    cohortRules(p);
  }

  /**
   * The cohorts that state their own required groups or eligibility rules, grouped by the rules,
   * e.g. the BLK classes the example lets DBHCHT pay for.
   */
  private void cohortRules(TrainingProgram p) {
    Map<String, List<String>> byRules = new TreeMap<>();
    for (Cohort c : p.cohorts()) {
      if (c.requiredGroups().isEmpty() && c.eligibilityOverride().isEmpty()) {
        continue;
      }
      String rules = (c.requiredGroups().isEmpty()
              ? ""
              : t("wajib ", "must belong to ") + groups(c.requiredGroups()))
          + c.eligibilityOverride()
              .map(e -> (c.requiredGroups().isEmpty() ? "" : "; ")
                  + e.toString().replace("EligibilityPolicy", ""))
              .orElse("");
      byRules.computeIfAbsent(rules, k -> new ArrayList<>()).add(c.id().toString());
    }
    String label = t("Aturan kelas", "Cohort rules");
    for (Map.Entry<String, List<String>> e : byRules.entrySet()) {
      line(label, String.join(", ", e.getValue()) + ": " + e.getKey()
          + mark(p.id().toString(), SeedValue.COHORT_RULES));
      label = "";
    }
  }

  private String groups(List<GroupRequirement> requirements) {
    return requirements.stream()
        .map(r -> r.groups().stream().map(this::group).collect(joining(t(" atau ", " or "))))
        .collect(joining(t("; dan ", "; and ")));
  }

  /** Seats as {@code 40}, or {@code 1-25} for a range. */
  private String seats(Seats seats) {
    return seats.min() == seats.max()
        ? number(seats.max())
        : number(seats.min()) + "-" + number(seats.max());
  }

  private void selection(RunResult run) {
    IndicatorSet ind = run.indicators().overall();
    line(t("Pendaftar", "Applicants"), String.format(
        t("%s pendaftaran (%s orang, %s memenuhi syarat) untuk %s kursi: %s per kursi%s",
            "%s applications (%s people, %s eligible) for %s seats: %s per seat%s"),
        number(ind.applicants()), number(run.people()), number(run.eligiblePeople()),
        number(ind.seats().max()), decimal(Ratio.of(ind.applicants(), ind.seats().max())),
        ind.isOversubscribed() ? t(", melebihi kuota", ", oversubscribed") : ""));
    if (!run.nominations().isEmpty()) {
      Map<String, Integer> outcome = new TreeMap<>();
      for (NominationOutcome o : run.nominations()) {
        String key = o.isAdmitted() || o.decision().isEligible()
            ? o.status().name()
            : o.decision().unmet().get(0).code();
        outcome.merge(key, 1, Integer::sum);
      }
      line(t("Penunjukan", "Nomination"), String.format(
          t("%s orang ditunjuk, %s diterima; ", "%s people nominated, %s admitted; "),
          number(run.nominations().size()),
          number(run.nominations().stream().filter(NominationOutcome::isAdmitted).count()))
          + outcome.entrySet().stream().map(e -> e.getKey() + " " + number(e.getValue()))
              .collect(joining(", ")));
    }
    SelectionResult s = run.selection();
    if (s.all().isEmpty()) {
      return;
    }
    line(t("Seleksi", "Selection"), String.format(
        t("diterima %s, daftar tunggu %s, ditolak %s", "selected %s, waitlisted %s, rejected %s"),
        number(s.selected().size()), number(s.waitlisted().size()),
        number(s.rejected().size())));
    List<String> order = new ArrayList<>();
    if (!s.policy().tiers().isEmpty()) {
      order.add(t("prioritas ", "tiers ")
          + s.policy().tiers().stream().map(tier -> tier.name()).collect(joining(" > ")));
    }
    s.policy().tieBreakers().forEach(b -> order.add(b.name()));
    order.add(t("undian seed ", "lottery seed ") + s.policy().lotterySeed());
    detail(t("urutan: ", "ranking: ") + String.join("; ", order));
    Map<String, Integer> reasons = new TreeMap<>();
    for (SelectionOutcome o : s.rejected()) {
      if (o.reason() == SelectionReason.INELIGIBLE) {
        for (UnmetRule u : o.unmet()) {
          reasons.merge(u.code(), 1, Integer::sum);
        }
      } else {
        reasons.merge(o.reason().name(), 1, Integer::sum);
      }
    }
    if (!reasons.isEmpty()) {
      detail(t("alasan penolakan: ", "rejection reasons: ")
          + reasons.entrySet().stream().map(e -> e.getKey() + " " + number(e.getValue()))
              .collect(joining(", ")));
    }
    for (SelectionOutcome o : samples(s)) {
      detail(sample(o));
    }
  }

  /** The first selected, the first waitlisted, and the first rejected of every reason code. */
  private static List<SelectionOutcome> samples(SelectionResult s) {
    List<SelectionOutcome> out = new ArrayList<>();
    s.selected().stream().findFirst().ifPresent(out::add);
    s.waitlisted().stream().findFirst().ifPresent(out::add);
    Map<String, SelectionOutcome> firstByCode = new TreeMap<>();
    for (SelectionOutcome o : s.rejected()) {
      String code = o.reason() == SelectionReason.INELIGIBLE ? o.unmet().get(0).code() : o.reason().name();
      firstByCode.putIfAbsent(code, o);
    }
    out.addAll(firstByCode.values());
    return out;
  }

  private String sample(SelectionOutcome o) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%s  %-10s %s", o.nik().masked(), o.status(), o.reason()));
    o.cohort().ifPresent(c -> b.append(' ').append(c));
    if (o.rank().isPresent()) {
      b.append(t(" peringkat ", " rank ")).append(o.rank().getAsInt());
    }
    o.tier().ifPresent(tier -> b.append(t(" prioritas ", " tier ")).append(tier));
    for (UnmetRule u : o.unmet()) {
      // The parameters explain the reason; the required list repeats the policy, so it is left out.
      Map<String, String> shown = new TreeMap<>(u.parameters());
      shown.remove("required");
      shown.remove("referenceDate");
      b.append(' ').append(u.code()).append(shown.isEmpty() ? "" : shown.toString());
      // A custom rule speaks the report's language through its label.
      u.label().ifPresent(l -> b.append(" \"").append(t(l.indonesian(), l.english())).append('"'));
    }
    return b.toString();
  }

  private void enrollment(RunResult run) {
    long lapsed = count(run.enrollments(), e -> e.history().stream()
        .anyMatch(ev -> ev.to() == EnrollmentStatus.LAPSED));
    long closed = count(run.enrollments(), e -> e.statusReason()
        .map(r -> r.code() == ReasonCode.WAITLIST_CLOSED).orElse(false));
    line(t("Pendaftaran", "Enrollment"), String.format(
        t("mulai pelatihan %s; gugur tidak daftar ulang %s, naik dari daftar tunggu %s,"
                + " daftar tunggu ditutup %s",
            "started %s; lapsed (no re-registration) %s, promoted from the waitlist %s,"
                + " waitlist closed %s"),
        number(run.indicators().overall().counts().started()), number(lapsed),
        number(run.promoted().size()), number(closed)));
    run.promoted().stream().findFirst().ifPresent(o -> detail(sample(o)));
  }

  /** Participants below the attendance the completion rule needs, as their sheets stood. */
  record MidCourse(int below, int participants) {}

  /**
   * Halfway through each cohort (at the date of its middle session): how many participants the
   * completion rule finds below its attendance minimum over the sessions held by that date (the
   * rule evaluated on attendance to date, which also reports the sessions not yet held): an
   * agency's mid-course check. Under an every-session rule they can no longer complete.
   */
  static MidCourse midCourse(RunResult run) {
    CompletionRule rule = run.scenario().completion();
    int below = 0;
    int participants = 0;
    for (AttendanceSheet sheet : run.attendance().values()) {
      List<TrainingSession> sessions = sheet.sessions().asList();
      LocalDate halfway = sessions.get((sessions.size() - 1) / 2).date();
      AttendanceSheet held = sheet.heldBy(halfway).orElseThrow();
      for (AttendanceSummary summary : held.summaries().values()) {
        participants++;
        if (SeedRun.belowAttendanceMinimum(rule.evaluate(summary))) {
          below++;
        }
      }
    }
    return new MidCourse(below, participants);
  }

  private void completion(RunResult run) {
    IndicatorSet ind = run.indicators().overall();
    String rule = run.scenario().completion().minimumAttendance().equals(Ratio.ONE)
        ? t("hadir di setiap sesi", "every session attended")
        : t("kehadiran minimal ", "attendance at least ")
            + percent(run.scenario().completion().minimumAttendance());
    if (run.scenario().completion().assessmentRequired()) {
      rule += t(" dan dinyatakan kompeten", " and assessed competent");
    }
    line(t("Kehadiran", "Attendance"), t("rata-rata ", "mean ")
        + ind.meanAttendanceRate().map(this::percent).orElse("-")
        + " (" + t("syarat lulus: ", "to complete: ") + rule + ")");
    MidCourse mid = midCourse(run);
    detail(String.format(
        t("di pertengahan pelatihan tiap kelas: %s dari %s peserta di bawah syarat kehadiran",
            "halfway through each cohort: %s of %s participants below the attendance needed"),
        number(mid.below()), number(mid.participants())));
    Map<String, Integer> notCompleted = new TreeMap<>();
    for (Enrollment e : run.enrollments()) {
      if (e.status() == EnrollmentStatus.NOT_COMPLETED) {
        notCompleted.merge(e.statusReason().orElseThrow().code().name(), 1, Integer::sum);
      }
    }
    line(t("Kelulusan", "Completion"), String.format(
        t("lulus %s dari %s (%s)%s", "completed %s of %s (%s)%s"),
        number(ind.counts().completed()), number(ind.counts().exited()),
        ind.completionRate().map(this::percent).orElse("-"),
        notCompleted.isEmpty() ? "" : t("; tidak lulus: ", "; not completed: ")
            + notCompleted.entrySet().stream()
                .map(e -> e.getKey() + " " + number(e.getValue())).collect(joining(", "))));
    ImmutableList<Certificate> certificates = run.certificates();
    Credentials credentials = ind.credentials();
    detail(String.format(t("sertifikat diterbitkan %s%s", "certificates issued %s%s"),
        number(credentials.certificates()),
        certificates.isEmpty() ? "" : t(", pertama ", ", first ") + certificates.get(0).number()
            + " (" + certificates.get(0).issueDate() + ")"));
    if (credentials.assessed() > 0) {
      detail(String.format(
          t("uji kompetensi: kompeten %s, belum kompeten %s (%s kompeten)",
              "assessment: competent %s, not yet competent %s (%s competent)"),
          number(credentials.competent()), number(credentials.notYetCompetent()),
          credentials.competentRate().map(this::percent).orElse("-")));
    }
  }

  private void plan(TrainingProgram p) {
    String label = t("Rencana lanjut", "Follow-up plan");
    if (p.followUpPlan().isEmpty()) {
      line(label, t("tidak disebut dalam artikel", "none stated in the article"));
      return;
    }
    FollowUpPlan plan = p.followUpPlan().get();
    String id = p.id().toString();
    for (PlannedFollowUp step : plan.steps()) {
      line(label, String.format(t("%s%s oleh %s%s, bulan %s setelah lulus%s", "%s%s by %s%s, month %s after completion%s"),
          kind(step.kind(), step.note()), step.toGroups() ? t(" untuk kelompok usaha", " to business groups") : "",
          organizer(step.provider().orElse(p.organizer())), mark(id, SeedValue.FOLLOW_UP),
          step.fromMonth() == step.toMonth()
              ? Integer.toString(step.fromMonth())
              : step.fromMonth() + "-" + step.toMonth(),
          mark(id, SeedValue.FOLLOW_UP_MONTHS)));
      label = "";
    }
    line(label, plan.checkpoints().isEmpty()
        ? t("tanpa pemantauan hasil", "no outcome checkpoints")
        : String.format(t("pemantauan hasil %s bulan setelah lulus", "outcomes observed %s months after completion"),
            plan.checkpoints().stream().map(String::valueOf).collect(joining(", ")))
            + mark(id, SeedValue.CHECKPOINTS));
  }

  private void followUp(RunResult run) {
    String label = t("Tindak lanjut", "Follow-up");
    Map<FollowUpKind, Set<String>> providers = new TreeMap<>();
    Map<FollowUpKind, Set<LocalDate>> dates = new TreeMap<>();
    Map<FollowUpKind, Optional<String>> notes = new TreeMap<>();
    for (FollowUpActivity a : run.ledger().activities()) {
      notes.putIfAbsent(a.kind(), a.note());
      providers.computeIfAbsent(a.kind(), k -> new TreeSet<>()).add(organizer(a.deliveredBy()));
      dates.computeIfAbsent(a.kind(), k -> new TreeSet<>()).add(a.date());
    }
    if (run.ledger().activities().isEmpty()) {
      line(label, t("belum ada yang diberikan", "nothing delivered"));
    }
    for (SupportTotal total : run.indicators().overall().support().values()) {
      SortedSet<LocalDate> on = new TreeSet<>(dates.get(total.kind()));
      line(label, String.format(
          t("%s: %s kali untuk %s orang, oleh %s, %s; nilai: %s",
              "%s: %s deliveries to %s people, by %s, %s; value: %s"),
          kind(total.kind(), notes.get(total.kind())), number(total.activities()), number(total.beneficiaries()),
          String.join(", ", providers.get(total.kind())),
          on.size() == 1 ? on.first().toString() : on.first() + ".." + on.last(),
          total.unvalued() == total.activities()
              ? t("tidak disebut dalam artikel", "not stated in the article")
              : total.totalValue().toString()));
      label = "";
    }
    for (FollowUpProgress p : run.indicators().overall().followUp().values()) {
      line("", String.format(
          t("rencana %s: diterima %s dari %s lulusan; jatuh tempo %s, belum menerima %s",
              "planned %s: received by %s of %s graduates; due %s, not yet received %s"),
          kind(p.kind()), number(p.delivered()), number(p.completers()), number(p.due()),
          number(p.overdue())));
    }
    run.refusedGrant().ifPresent(c -> line("", String.format(
        t("DITOLAK: %s kedua untuk %s pada %s, sudah diterima %s dari %s",
            "REFUSED: a second %s for %s on %s, already received on %s from %s"),
        kind(c.kind()),
        c.group().map(g -> t("kelompok ", "group ") + g.name())
            .orElse(c.participants().iterator().next().masked()),
        c.refused().date(),
        c.earlierByParticipant().values().iterator().next().date(),
        organizer(c.earlierByParticipant().values().iterator().next().deliveredBy()))));
    label = t("Hasil", "Outcomes");
    for (CheckpointOutcomes o : run.indicators().overall().outcomes()) {
      List<String> statuses = new ArrayList<>();
      o.byStatus().forEach((status, n) -> {
        if (status.isReached()) {
          statuses.add(outcome(status) + " " + number(n));
        }
      });
      line(label, String.format(
          t("%s bulan: %s dari %s lulusan jatuh tempo terhubungi (%s tidak dapat dihubungi, %s"
                  + " belum dipantau); bekerja/berusaha %s dari yang terhubungi, %s dari semua"
                  + " yang jatuh tempo",
              "%s months: %s of %s graduates due reached (%s unreachable, %s not recorded);"
                  + " working or in business %s of those reached, %s of all due"),
          o.monthsAfterCompletion(), number(o.reached()), number(o.due()),
          number(o.unreachable()), number(o.notRecorded()),
          o.workingOrInBusinessRate().map(this::percent).orElse("-"),
          o.workingOrInBusinessRateOverDue().map(this::percent).orElse("-")));
      detail(String.join(", ", statuses));
      if (o.observedEarly() + o.observedLate() + o.notYetDue() > 0) {
        detail(String.format(
            t("di luar jendela %s bulan: %s terlalu awal, %s terlambat; %s belum jatuh tempo",
                "outside the %s-month window: %s too early, %s too late; %s not yet due"),
            o.windowMonths(), number(o.observedEarly()), number(o.observedLate()),
            number(o.notYetDue())));
      }
      label = "";
    }
  }

  private void indicators(RunResult run) {
    ProgramIndicators all = run.indicators();
    EnrollmentCounts c = all.overall().counts();
    PersonCounts people = all.overall().people();
    line(t("Indikator", "Indicators"), String.format(
        t("per %s: %s pendaftaran = diterima %s + ditolak %s + daftar tunggu %s + ganda %s;"
                + " kelulusan %s",
            "as of %s: %s applications = selected %s + rejected %s + waitlisted %s"
                + " + duplicates %s; completion %s"),
        all.asOf(), number(c.applicants()), number(c.selected()), number(c.rejected()),
        number(c.waitlisted()), number(c.unrecorded()),
        all.overall().completionRate().map(this::percent).orElse("-")));
    detail(String.format(
        t("orang: mendaftar %s, diterima %s, berlatih %s, lulus %s",
            "people: applied %s, selected %s, trained %s, completed %s"),
        number(people.applicants()), number(people.selected()), number(people.started()),
        number(people.completed())));
    List<String> costs = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    if (all.totalCost().funding().isPresent()) {
      costs.add(t("semua sumber ", "all sources ") + cost(all.totalCost()));
    }
    for (FundingCost cost : all.costs().subList(1, all.costs().size())) {
      String source = source(cost.source().orElseThrow());
      if (cost.funding().isPresent()) {
        costs.add(source + " " + cost(cost));
      } else {
        unknown.add(source);
      }
    }
    if (!unknown.isEmpty()) {
      costs.add(String.join(", ", unknown)
          + t(": nilai tidak disebut dalam artikel", ": amount not stated in the article"));
    }
    detail(t("biaya per peserta / per lulusan: ", "cost per participant / per completer: ")
        + String.join("; ", costs));
    if (all.totalCost().funding().isEmpty()) {
      return;
    }
    if (all.costsByFiscalYear().size() > 1) {
      detail(t("per tahun anggaran: ", "by fiscal year: ") + all.costsByFiscalYear().entrySet()
          .stream().map(e -> e.getKey() + " " + cost(e.getValue())).collect(joining("; ")));
    }
    if (all.costsByCohort().size() > 1) {
      List<String> cohorts = new ArrayList<>();
      all.costsByCohort().entrySet().stream().limit(COHORTS_SHOWN)
          .forEach(e -> cohorts.add(e.getKey() + " " + cost(e.getValue())));
      int more = all.costsByCohort().size() - COHORTS_SHOWN;
      detail(t("per kelas: ", "by cohort: ") + String.join("; ", cohorts)
          + (more > 0 ? String.format(t("; %s kelas lain", "; %s more cohorts"), number(more)) : ""));
    }
  }

  /** A known cost per participant and per completer; "-" where nobody took part or completed. */
  private String cost(FundingCost cost) {
    return cost.perParticipant().map(Object::toString).orElse("-") + " / "
        + cost.perCompleter().map(Object::toString).orElse("-");
  }

  /**
   * The definition of every indicator, printed once after the programs: what is counted, over
   * what, and what is left out and why.
   *
   * @param lang the language, not null
   * @return the definitions, one line each, ending with a line break, not null
   */
  public static String definitions(Lang lang) {
    StringBuilder text = new StringBuilder(lang.pick("Definisi indikator", "Indicator definitions"))
        .append('\n');
    for (IndicatorDefinition d : IndicatorDefinition.values()) {
      text.append("- ")
          .append(lang.pick(d.labelId(), d.labelEn()))
          .append(": ")
          .append(lang.pick(d.definitionId(), d.definitionEn()))
          .append('\n');
    }
    return text.toString();
  }

  private static long count(List<Enrollment> enrollments, Function<Enrollment, Boolean> test) {
    return enrollments.stream().filter(test::apply).count();
  }

  private String kind(FollowUpKind k) {
    String en;
    switch (k) {
      case COACHING:
        en = "coaching";
        break;
      case FURTHER_AID_REGISTRATION:
        en = "registration for further aid";
        break;
      case ADVANCED_TRAINING:
        en = "advanced training";
        break;
      case BUSINESS_CAPITAL_AID:
        en = "business capital aid";
        break;
      case TOOL_GRANT:
        en = "tool grant";
        break;
      case CART_GRANT:
        en = "cart grant";
        break;
      case MARKETING_PROMOTION:
        en = "marketing and promotion";
        break;
      case COMPARATIVE_STUDY_VISIT:
        en = "comparative study visit";
        break;
      default:
        en = k.name();
        break;
    }
    return t(k.indonesianTerm(), en);
  }

  /** The kind, or for {@link FollowUpKind#OTHER} the note that says what it is (as written). */
  private String kind(FollowUpKind k, Optional<String> note) {
    return k == FollowUpKind.OTHER && note.isPresent() ? note.get() : kind(k);
  }

  private String outcome(OutcomeStatus s) {
    return t(s.indonesianTerm(), s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  private String organizer(Organizer o) {
    return o.shortName().orElse(o.name()) + " (" + place(o.region()) + ")";
  }

  /** A region code with its name in the official list (Kemendagri 2025), e.g. "62.71.02 Bukit Batu". */
  private String place(RegionCode code) {
    return code + OfficialRegions.directory().name(code).map(n -> " " + n).orElse("");
  }

  /** A funding line with its amount and its note where given, e.g. "APBD provinsi 2025 (APBD Provinsi Jawa Tengah)". */
  private String funding(Funding f) {
    return source(f.source()) + " " + f.fiscalYear()
        + f.amount().map(a -> " " + a).orElse("")
        + f.note().map(n -> " (" + n + ")").orElse("");
  }

  private String group(TargetGroup g) {
    return t(g.labelId(), g.labelEn());
  }

  private String skill(Skill s) {
    return t(s.labelId(), s.labelEn());
  }

  private String source(FundingSource s) {
    switch (s) {
      case APBD_KABUPATEN_KOTA:
        return t("APBD kota/kabupaten", "city/regency budget (APBD)");
      case APBD_PROVINSI:
        return t("APBD provinsi", "provincial budget (APBD)");
      case APBN:
        return t("APBN", "national budget (APBN)");
      case DBHCHT:
        return t("DBHCHT", "tobacco-excise sharing (DBHCHT)");
      case CSR:
        return "CSR";
      default:
        return s.name();
    }
  }

  private String kind(ProgramKind k) {
    switch (k) {
      case JOB_SKILLS:
        return t("pelatihan keterampilan kerja", "job skills");
      case ENTREPRENEURSHIP:
        return t("pelatihan kewirausahaan", "entrepreneurship");
      case COMPETENCY_BASED:
        return t("pelatihan berbasis kompetensi", "competency-based");
      case SMALL_INDUSTRY_DEVELOPMENT:
        return t("pengembangan IKM", "small-industry development");
      case INDUSTRY_CENTRE_MANAGEMENT:
        return t("pengelolaan sentra IKM", "industry-centre management");
      default:
        return k.name();
    }
  }
}
