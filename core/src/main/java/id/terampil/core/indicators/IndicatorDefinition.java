package id.terampil.core.indicators;

/**
 * The definition of every figure of {@link ProgramIndicators}, in English and Indonesian, for a
 * printed report that an auditor can recompute: what is counted (numerator), over what
 * (denominator), and what is left out and why. The Javadoc of each figure states the same
 * contract; this is the text to print beside it.
 *
 * @since 0.1.0
 */
public enum IndicatorDefinition {
  /** {@link EnrollmentCounts}: the funnel in applications. */
  APPLICATIONS(
      "applications",
      "pendaftaran",
      "enrollment records applied by the reference date, each counted once at the furthest stage"
          + " it reached (a selection cancelled at verification counts as rejected), plus"
          + " applications the organizer reports without a record; a person in two cohorts"
          + " counts twice",
      "catatan pendaftaran sampai tanggal acuan, masing-masing dihitung sekali pada tahap terjauh"
          + " yang dicapai (kelulusan seleksi yang dibatalkan saat verifikasi dihitung ditolak),"
          + " ditambah pendaftar yang dilaporkan tanpa catatan; orang di dua kelas dihitung dua"
          + " kali"),
  /** {@link PersonCounts}: the funnel in people. */
  PEOPLE(
      "people",
      "orang",
      "distinct NIKs with a recorded application, each at the furthest stage any of their"
          + " applications reached; applications reported without a record are left out, as they"
          + " name nobody",
      "NIK berbeda yang punya catatan pendaftaran, masing-masing pada tahap terjauh dari semua"
          + " pendaftarannya; pendaftar tanpa catatan tidak dihitung karena tidak bernama"),
  /** {@link IndicatorSet#oversubscription()}. */
  OVERSUBSCRIPTION(
      "applications per seat",
      "pendaftar per kursi",
      "applications (duplicates and unrecorded ones included: they were turned away too) / seats"
          + " (the cohorts' hard capacity); above 1 selection is needed",
      "pendaftaran (termasuk ganda dan tanpa catatan, karena juga ditolak) / kursi (kuota kelas);"
          + " di atas 1 perlu seleksi"),
  /** {@link EnrollmentCounts#completionRate()}. */
  COMPLETION_RATE(
      "completion rate",
      "tingkat kelulusan",
      "completers / participants who have left training (completed, not completed, dropped out);"
          + " those still in training are left out, their result is not known yet",
      "lulus / peserta yang sudah selesai mengikuti (lulus, tidak lulus, putus); yang masih"
          + " berlatih tidak dihitung karena hasilnya belum diketahui"),
  /** {@link IndicatorSet#meanAttendanceRate()}. */
  MEAN_ATTENDANCE(
      "mean attendance",
      "rata-rata kehadiran",
      "mean over participants with a marked session of (sessions present / sessions marked),"
          + " counting sessions held by the reference date only",
      "rata-rata atas peserta yang punya sesi tercatat dari (sesi hadir / sesi tercatat), hanya"
          + " sesi sampai tanggal acuan"),
  /** {@link Credentials#certificates()}. */
  CERTIFICATES(
      "certificates issued",
      "sertifikat diterbitkan",
      "training certificates issued by the reference date, one per person and cohort",
      "sertifikat pelatihan yang terbit sampai tanggal acuan, satu per orang per kelas"),
  /** {@link Credentials#competentRate()}. */
  COMPETENT_RATE(
      "assessed competent",
      "dinyatakan kompeten",
      "participants assessed competent / participants assessed (competent or not yet"
          + " competent); participants never assessed are left out, they have no result",
      "peserta kompeten / peserta yang diuji (kompeten atau belum kompeten); yang tidak diuji"
          + " tidak dihitung karena tidak punya hasil"),
  /** {@link CheckpointOutcomes#rate}: the reached-only rate. */
  OUTCOME_RATE_REACHED(
      "outcome rate, reached only",
      "tingkat hasil, yang terhubungi saja",
      "completers observed in the status within the checkpoint's window / completers reached"
          + " within the window; the unreachable and the not recorded are left out, so it"
          + " describes only those the organizer could reach",
      "lulusan dengan status itu dalam jendela pemantauan / lulusan yang terhubungi dalam"
          + " jendela; yang tidak dapat dihubungi dan yang belum dipantau tidak dihitung, jadi"
          + " hanya menggambarkan yang terhubungi"),
  /** {@link CheckpointOutcomes#rateOverDue}: the honest rate. */
  OUTCOME_RATE_DUE(
      "outcome rate, all due",
      "tingkat hasil, semua yang jatuh tempo",
      "completers observed in the status within the window / every completer whose checkpoint is"
          + " due by the reference date; the unreachable and the not recorded count as not in the"
          + " status (as WIOA does); completers not yet due are left out, their outcome cannot be"
          + " known yet",
      "lulusan dengan status itu dalam jendela / semua lulusan yang titik pantaunya jatuh tempo"
          + " sampai tanggal acuan; yang tidak dapat dihubungi dan yang belum dipantau dihitung"
          + " tidak berstatus itu (seperti WIOA); yang belum jatuh tempo tidak dihitung"),
  /** {@link CheckpointOutcomes#windowMonths()}: when an observation counts. */
  OUTCOME_WINDOW(
      "outcome window",
      "jendela pemantauan",
      "an outcome counts at a checkpoint when observed from its due date (completion plus the"
          + " checkpoint's months) to the window's months after it; earlier and later"
          + " observations are reported as early or late and enter no rate",
      "hasil dihitung pada titik pantau bila diamati dari tanggal jatuh tempo (tanggal lulus"
          + " ditambah bulan titik pantau) sampai sekian bulan jendela sesudahnya; pengamatan"
          + " lebih awal atau lebih lambat dilaporkan terpisah dan tidak masuk tingkat apa pun"),
  /** {@link SupportTotal}: support delivered by kind. */
  SUPPORT(
      "support delivered",
      "dukungan yang diberikan",
      "per kind, the deliveries made by the reference date, the distinct people who benefited"
          + " directly or as members of a business group, and the exact sum of the known values;"
          + " deliveries without a value are counted apart, not guessed",
      "per jenis, penyaluran sampai tanggal acuan, orang berbeda yang menerima langsung atau"
          + " sebagai anggota kelompok usaha, dan jumlah tepat nilai yang diketahui; penyaluran"
          + " tanpa nilai dihitung terpisah, tidak ditaksir"),
  /** {@link FollowUpProgress}: planned against delivered. */
  FOLLOW_UP(
      "follow-up, planned against delivered",
      "tindak lanjut, rencana dibanding realisasi",
      "for each kind of support in the plan: completers whose planned window has ended by the"
          + " reference date (due), and of them those who have not received it (overdue);"
          + " delivered counts every completer who received it, directly or through a business"
          + " group",
      "untuk tiap jenis dukungan dalam rencana: lulusan yang jendela rencananya sudah lewat"
          + " (jatuh tempo), dan di antaranya yang belum menerima (terlambat); realisasi"
          + " menghitung setiap lulusan yang menerima, langsung atau lewat kelompok usaha"),
  /** {@link FundingCost#perParticipant()} and {@link FundingCost#perCompleter()}. */
  COST_PER_PARTICIPANT(
      "cost per participant and per completer",
      "biaya per peserta dan per lulusan",
      "funding of the fiscal years begun by the reference date / participants who began training"
          + " (or completers) in the cohorts that funding pays for, rounded half up to whole"
          + " rupiah; budgets of later years are left out, they pay for training not yet given;"
          + " follow-up support is left out, other agencies often pay for it",
      "dana tahun anggaran yang sudah dimulai sampai tanggal acuan / peserta yang mulai berlatih"
          + " (atau lulusan) di kelas yang dibiayai dana itu, dibulatkan ke rupiah terdekat;"
          + " anggaran tahun berikutnya tidak dihitung karena membiayai pelatihan yang belum"
          + " berjalan; bantuan tindak lanjut tidak dihitung karena sering dibiayai instansi lain"),
  /** {@link ProgramIndicators#costsByFiscalYear()}. */
  COST_BY_FISCAL_YEAR(
      "cost by fiscal year",
      "biaya per tahun anggaran",
      "a begun fiscal year's funding lines / participants (or completers) of the cohorts those"
          + " lines pay for; a fiscal year is the calendar year",
      "pos dana satu tahun anggaran yang sudah dimulai / peserta (atau lulusan) kelas yang"
          + " dibiayainya; tahun anggaran sama dengan tahun kalender"),
  /** {@link ProgramIndicators#costsByCohort()}. */
  COST_BY_COHORT(
      "cost by cohort",
      "biaya per kelas",
      "a cohort's share of every begun line that pays for it (lines naming cohorts pay those,"
          + " others the cohorts starting in their fiscal year), shared by seats to the last"
          + " rupiah, so the cohorts add up to the total",
      "bagian kelas dari setiap pos dana yang sudah dimulai dan membiayainya (pos yang menyebut"
          + " kelas membiayai kelas itu, lainnya kelas yang mulai pada tahun anggarannya), dibagi"
          + " menurut kuota sampai rupiah terakhir, sehingga jumlah semua kelas sama dengan total"),
  /** {@link ProgramIndicators#unmatchedOutcomes()}. */
  UNMATCHED_OUTCOMES(
      "unmatched outcomes",
      "hasil tak berpasangan",
      "observations of people who had not completed, or made before their completion; left out"
          + " of every rate, they cannot be outcomes of the training",
      "pengamatan atas orang yang belum lulus, atau sebelum tanggal lulusnya; tidak masuk tingkat"
          + " apa pun karena bukan hasil pelatihan");

  private final String labelEn;
  private final String labelId;
  private final String definitionEn;
  private final String definitionId;

  IndicatorDefinition(String labelEn, String labelId, String definitionEn, String definitionId) {
    this.labelEn = labelEn;
    this.labelId = labelId;
    this.definitionEn = definitionEn;
    this.definitionId = definitionId;
  }

  /**
   * Returns the figure's name in English.
   *
   * @return the name, not null
   */
  public String labelEn() {
    return labelEn;
  }

  /**
   * Returns the figure's name in Indonesian.
   *
   * @return the name, not null
   */
  public String labelId() {
    return labelId;
  }

  /**
   * Returns the definition in English: numerator, denominator, and what is left out and why.
   *
   * @return the definition, not null
   */
  public String definitionEn() {
    return definitionEn;
  }

  /**
   * Returns the definition in Indonesian: pembilang, penyebut, dan yang tidak dihitung serta
   * alasannya.
   *
   * @return the definition, not null
   */
  public String definitionId() {
    return definitionId;
  }
}
