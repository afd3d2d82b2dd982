package id.terampil.examples.seeds;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import id.terampil.core.applicant.DocumentKind;
import id.terampil.core.classification.Skill;
import id.terampil.core.classification.Skills;
import id.terampil.core.classification.TargetGroup;
import id.terampil.core.eligibility.EligibilityPolicy;
import id.terampil.core.eligibility.EligibilityRule;
import id.terampil.core.followup.FollowUpKind;
import id.terampil.core.followup.FollowUpPlan;
import id.terampil.core.followup.PlannedFollowUp;
import id.terampil.core.identity.AgencyKind;
import id.terampil.core.identity.CohortId;
import id.terampil.core.identity.Organizer;
import id.terampil.core.identity.ProgramId;
import id.terampil.core.program.Cohort;
import id.terampil.core.program.CurriculumModule;
import id.terampil.core.program.Funding;
import id.terampil.core.program.FundingSource;
import id.terampil.core.program.GroupRequirement;
import id.terampil.core.program.Intake;
import id.terampil.core.program.ParticipantRole;
import id.terampil.core.program.ProgramKind;
import id.terampil.core.program.Seats;
import id.terampil.core.program.TrainingProgram;
import id.terampil.core.program.Venue;
import id.terampil.core.region.RegionCode;
import id.terampil.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * The five seed programs, built from the facts of the five news articles the project started
 * from, with the public API only: what a training agency's own code would write. The showcase
 * runs them end to end; tests assert their facts. The library itself ships no article data.
 *
 * <ol>
 *   <li>{@link #sorong2025()}: sago cakes and automotive workshop, Kota Sorong with Dekranasda.
 *   <li>{@link #kendari2022()}: quality and industry-centre management for centre managers,
 *       coaches and agency staff, Kota Kendari.
 *   <li>{@link #pekalongan2024()}: 27 kelurahan x 40 residents, DBHCHT, Kota Pekalongan.
 *   <li>{@link #palangkaRaya2020()}: rattan for Covid-affected micro and small-business owners
 *       of two districts, Kota Palangka Raya.
 *   <li>{@link #pekalonganBlk2025()}: the oversubscribed BLK Kota Pekalongan classes of 2025,
 *       three funding sources.
 * </ol>
 *
 * <p>Facts stated in an article are used as stated. Where an article is silent the value is
 * SYNTHETIC, and where it is read from the article by inference or interpretation it is INFERRED:
 * both are said in a comment where the value is written, in a funding line's note where there is
 * one, and in {@link #provenance(String, SeedValue)}, which the showcase reads to mark the lines
 * that print them. Kelurahan codes are not synthetic: they come from the Kemendagri list. No
 * article gives a funding amount, so every funding line has none. The eligibility policies are
 * the examples' own unless a comment quotes the article.
 *
 * <p>Every method returns an equal value on every call. Thread-safe.
 */
public final class SeedPrograms {

  /** Kota Sorong (Papua Barat Daya since UU 29/2022; was 92.71). */
  public static final RegionCode KOTA_SORONG = RegionCode.parse("96.71");
  /** Kota Kendari. */
  public static final RegionCode KOTA_KENDARI = RegionCode.parse("74.71");
  /** Kota Pekalongan. */
  public static final RegionCode KOTA_PEKALONGAN = RegionCode.parse("33.75");
  /** Kota Palangka Raya. */
  public static final RegionCode KOTA_PALANGKA_RAYA = RegionCode.parse("62.71");
  /** Kecamatan Bukit Batu, Kota Palangka Raya. */
  public static final RegionCode KEC_BUKIT_BATU = RegionCode.parse("62.71.02");
  /** Kecamatan Rakumpit, Kota Palangka Raya. */
  public static final RegionCode KEC_RAKUMPIT = RegionCode.parse("62.71.05");
  /** Kelurahan Bendan Kergon, Kota Pekalongan. */
  public static final RegionCode KEL_BENDAN_KERGON = RegionCode.parse("33.75.01.1006");
  /** Kelurahan Pringrejo, Kota Pekalongan. */
  public static final RegionCode KEL_PRINGREJO = RegionCode.parse("33.75.01.1012");
  /** Kelurahan Sapuro Kebulen, Kota Pekalongan ("Kebulen" in seed 004). */
  public static final RegionCode KEL_SAPURO_KEBULEN = RegionCode.parse("33.75.01.1004");

  /** The AK/I (kartu kuning) registration module given to every Pekalongan 2024 participant. */
  public static final CurriculumModule AKI_REGISTRATION =
      CurriculumModule.of(
          "Pembuatan kartu tanda bukti pendaftaran pencari kerja (AK/I)",
          "Job-seeker card (AK/I) registration");

  /**
   * The code of the rule, in the BLK 2025 classes that the example lets DBHCHT pay for, that a job
   * seeker holds a valid AK/I card (SYNTHETIC: the article states no such rule).
   */
  public static final String JOB_SEEKER_WITHOUT_AKI = "JOB_SEEKER_WITHOUT_AKI";

  /** Kecamatan Pahandut, Kota Palangka Raya: a district the rattan training does not serve. */
  public static final RegionCode KEC_PAHANDUT = RegionCode.parse("62.71.01");

  /** Dekranasda Kota Sorong: co-organizer of seed 000 and the coach of its participants' groups. */
  public static final Organizer DEKRANASDA_SORONG =
      Organizer.builder()
          .name("Dewan Kerajinan Nasional Daerah Kota Sorong")
          .shortName("Dekranasda Kota Sorong")
          .kind(AgencyKind.DEKRANASDA)
          .region(KOTA_SORONG)
          .build();

  /**
   * The technical agencies (SOPD teknis) of Kota Palangka Raya that each give their own tools to
   * the rattan trainees (seed 003); the article names none of them.
   */
  public static final Organizer SOPD_TEKNIS_PALANGKA_RAYA =
      Organizer.of("SOPD teknis Kota Palangka Raya", AgencyKind.DINAS, KOTA_PALANGKA_RAYA);

  /** Pemerintah Kota Palangka Raya, which promises to market and promote the products (seed 003). */
  public static final Organizer PEMKOT_PALANGKA_RAYA =
      Organizer.of("Pemerintah Kota Palangka Raya", AgencyKind.REGIONAL_GOVERNMENT, KOTA_PALANGKA_RAYA);

  /**
   * Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan, at whose office the mayor handed over the
   * cart grants on 4 August 2025 (seed 004): another agency than the BLK that trains.
   */
  public static final Organizer DINDAGKOP_UKM_PEKALONGAN =
      Organizer.builder()
          .name("Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan")
          .shortName("Dindagkop-UKM Kota Pekalongan")
          .kind(AgencyKind.DINAS)
          .region(KOTA_PEKALONGAN)
          .build();

  /** The day the cart grants were handed over at the Dindagkop-UKM office (seed 004). */
  public static final LocalDate BLK_CART_HANDOVER = LocalDate.of(2025, 8, 4);

  /**
   * Pelaku usaha kecil: small-business owners, defined here because the catalogue's {@link
   * TargetGroup#SMALL_INDUSTRY_OWNER} also covers medium industries, which neither article names
   * (seed 000, "pelaku usaha kecil"; seed 003, "usaha mikro kecil").
   */
  public static final TargetGroup SMALL_BUSINESS_OWNER =
      TargetGroup.of("SMALL_BUSINESS_OWNER", "Pelaku usaha kecil", "Small-business owner");

  /**
   * The BLK 2025 classes that the example lets DBHCHT pay for (SYNTHETIC: the article names DBHCHT
   * as one of three funders, not which classes it pays for): they alone apply the DBHCHT
   * beneficiary groups and the AK/I rule.
   */
  public static final ImmutableList<CohortId> BLK_DBHCHT_COHORTS =
      ImmutableList.of(
          CohortId.of("BLK25-WELDING"),
          CohortId.of("BLK25-MOTORCYCLE-REPAIR"),
          CohortId.of("BLK25-CAR-REPAIR"));

  private SeedPrograms() {}

  /**
   * Returns the five seed programs in seed order.
   *
   * @return the programs
   */
  public static ImmutableList<TrainingProgram> all() {
    return ImmutableList.of(
        sorong2025(), kendari2022(), pekalongan2024(), palangkaRaya2020(), pekalonganBlk2025());
  }

  /**
   * Seed 000: Pemerintah Kota Sorong with Dekranasda Kota Sorong, "Pelatihan Pengelolaan dan
   * Pengembangan Usaha Industri Kecil", sago cakes and automotive workshop skills, Gedung YPK, 10
   * November 2025, for housewives and small-business owners.
   *
   * @return the program
   */
  public static TrainingProgram sorong2025() {
    Venue gedungYpk = Venue.of("Gedung YPK", KOTA_SORONG);
    // The article gives the day (Monday 10 November 2025), no duration. SYNTHETIC: one day.
    DateRange day = DateRange.ofDay(LocalDate.of(2025, 11, 10));
    return TrainingProgram.builder()
        .id(ProgramId.of("SORONG-IKM-2025-2"))
        .title("Pelatihan Pengelolaan dan Pengembangan Usaha Industri Kecil")
        .kind(ProgramKind.SMALL_INDUSTRY_DEVELOPMENT)
        .organizer(Organizer.of("Pemerintah Kota Sorong", AgencyKind.REGIONAL_GOVERNMENT, KOTA_SORONG))
        .addCoOrganizers(DEKRANASDA_SORONG)
        .fiscalYear(2025)
        // SYNTHETIC: the article names no funding source; a city budget is assumed.
        .addFunding(
            Funding.builder()
                .source(FundingSource.APBD_KABUPATEN_KOTA)
                .fiscalYear(2025)
                .note("Sumber dana tidak disebut dalam artikel (diasumsikan APBD Kota Sorong)")
                .build())
        .period(day)
        // SYNTHETIC: that only residents of Kota Sorong may take part. The article speaks of the
        // city's people ("masyarakat ... di Kota Sorong") but states no residence rule. Housewives
        // and small-business owners come "terutama" (first): a selection priority, not a requirement.
        .addRegionsServed(KOTA_SORONG)
        .addPriorityGroups(TargetGroup.HOUSEWIFE, SMALL_BUSINESS_OWNER)
        // SYNTHETIC: the productive-age limit; the article gives none.
        .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
        .addCohorts(
            // SYNTHETIC: seats (the article gives none) and the split into one class per skill.
            Cohort.builder()
                .id(CohortId.of("SORONG25-KUE-SAGU"))
                .name("Pembuatan kue sagu")
                .addSkills(Skills.SAGO_CAKES)
                .venue(gedungYpk)
                .period(day)
                .seats(Seats.exactly(20))
                .build(),
            Cohort.builder()
                .id(CohortId.of("SORONG25-PERBENGKELAN"))
                .name("Perbengkelan")
                .addSkills(Skills.AUTOMOTIVE_WORKSHOP)
                .venue(gedungYpk)
                .period(day)
                .seats(Seats.exactly(20))
                .build())
        // "Dekranasda akan terus melakukan pembinaan terhadap kelompok-kelompok peserta" and "mereka
        // akan kami daftarkan agar bisa mendapatkan peluang, pelatihan tambahan, dan bantuan".
        // SYNTHETIC: the months and the 6-month outcome checkpoint.
        .followUpPlan(
            FollowUpPlan.builder()
                .addSteps(
                    PlannedFollowUp.builder()
                        .kind(FollowUpKind.COACHING)
                        .provider(DEKRANASDA_SORONG)
                        .fromMonth(1)
                        .toMonth(12)
                        .toGroups(true)
                        .note("Pembinaan kelompok-kelompok peserta yang telah dilatih")
                        .build(),
                    PlannedFollowUp.builder()
                        .kind(FollowUpKind.FURTHER_AID_REGISTRATION)
                        .provider(DEKRANASDA_SORONG)
                        .fromMonth(1)
                        .toMonth(3)
                        .note("Didaftarkan untuk peluang, pelatihan tambahan dan bantuan usaha")
                        .build())
                .addCheckpoints(6)
                .build())
        .build();
  }

  /**
   * Seed 001: Dinas Tenaga Kerja dan Perindustrian Kota Kendari, quality management and
   * industry-centre (sentra IKM) management for centre managers, coaches and agency staff, at
   * most 25 participants (the article's "antara 25 hingga 25 orang" is garbled), six days from
   * Tuesday 19 July 2022 at a hotel, fiscal year 2022.
   *
   * @return the program
   */
  public static TrainingProgram kendari2022() {
    DateRange sixDays = DateRange.ofDays(LocalDate.of(2022, 7, 19), 6);
    return TrainingProgram.builder()
        .id(ProgramId.of("KENDARI-SENTRA-IKM-2022"))
        .title("Pelatihan Manajemen Mutu dan Pengelolaan Sentra IKM")
        .kind(ProgramKind.INDUSTRY_CENTRE_MANAGEMENT)
        .organizer(
            Organizer.builder()
                .name("Dinas Tenaga Kerja dan Perindustrian Kota Kendari")
                .kind(AgencyKind.DINAS)
                .region(KOTA_KENDARI)
                .build())
        .fiscalYear(2022)
        // The article names the budget programme; SYNTHETIC: the source (a city budget is assumed).
        .addFunding(
            Funding.builder()
                .source(FundingSource.APBD_KABUPATEN_KOTA)
                .fiscalYear(2022)
                .note(
                    "Program perencanaan dan pembangunan industri; sumber dana tidak disebut"
                        + " (diasumsikan APBD Kota Kendari)")
                .build())
        .period(sixDays)
        .addCohorts(
            // The participants come from three groups ("dari tiga unsur"): centre managers,
            // coaches and industry-agency staff: stated once, as the cohort's roles. INFERRED: that
            // the agency appoints them (nomination) instead of registration and selection.
            // "antara 25 hingga 25 orang" is garbled: read as at most 25. SYNTHETIC: the minimum,
            // which the article does not give; 1 is the smallest Seats allows.
            Cohort.builder()
                .id(CohortId.of("KENDARI22-SENTRA"))
                .addSkills(Skills.QUALITY_MANAGEMENT, Skills.INDUSTRY_CENTRE_MANAGEMENT)
                .venue(Venue.of("Hotel di Kota Kendari (nama tidak disebut)", KOTA_KENDARI))
                .period(sixDays)
                // Six days from Tuesday 19 July are Tuesday to Sunday: the article's six days are
                // listed, the weekend included, as the default would leave Saturday and Sunday out.
                .addAllTrainingDays(sixDays.dates()::iterator)
                .seats(Seats.between(1, 25))
                .intake(Intake.NOMINATION)
                .addParticipantRoles(
                    ParticipantRole.CENTRE_MANAGER,
                    ParticipantRole.COACH,
                    ParticipantRole.AGENCY_STAFF)
                .build())
        // "setelahnya akan dilakukan studi banding dibeberapa daerah". SYNTHETIC: the month. The
        // participants are managers and staff, not job seekers: no outcome checkpoint.
        .followUpPlan(
            FollowUpPlan.builder()
                .addSteps(
                    PlannedFollowUp.builder()
                        .kind(FollowUpKind.COMPARATIVE_STUDY_VISIT)
                        .fromMonth(1)
                        .toMonth(3)
                        .note("Studi banding di beberapa daerah untuk meningkatkan kemampuan IKM")
                        .build())
                .build())
        .build();
  }

  /** A Pekalongan 2024 kelurahan: code, name and the skills it asked for. */
  private record Kelurahan(String slug, String name, RegionCode code, List<Skill> skills) {}

  /**
   * Seed 002: Dinperinaker Kota Pekalongan, "pelatihan kerja kewirausahaan" funded by DBHCHT,
   * two days in each of the city's 27 kelurahan between 1 July and 27 August 2024, 40
   * productive-age residents per kelurahan, different skills per kelurahan (Pringrejo: bouquets,
   * bread, cooking; Bendan Kergon: knitting, product and packaging design; others: gift
   * arrangements, bags, crafts), plus entrepreneurship management and AK/I registration for all.
   *
   * @return the program
   */
  public static TrainingProgram pekalongan2024() {
    DateRange period = DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 27));
    ImmutableList.Builder<Kelurahan> kelurahan = ImmutableList.builder();
    kelurahan.add(
        new Kelurahan(
            "BENDAN-KERGON",
            "Kelurahan Bendan Kergon",
            KEL_BENDAN_KERGON,
            List.of(Skills.KNITTING, Skills.PRODUCT_PACKAGING_DESIGN)));
    kelurahan.add(
        new Kelurahan(
            "PRINGREJO",
            "Kelurahan Pringrejo",
            KEL_PRINGREJO,
            List.of(Skills.BOUQUET, Skills.BREAD, Skills.COOKING)));
    // The other 25 of the city's 27 kelurahan, by kecamatan (Kemendagri 2025 list); the article
    // names none of them. SYNTHETIC: their order and their skills, which rotate through those
    // the article lists ("hantaran, tas, craft").
    String[][] others = {
      {"33.75.01.1002", "Medono"}, {"33.75.01.1003", "Podosugih"},
      {"33.75.01.1004", "Sapuro Kebulen"}, {"33.75.01.1008", "Pasirkratonkramat"},
      {"33.75.01.1009", "Tirto"},
      {"33.75.02.1002", "Noyontaansari"}, {"33.75.02.1004", "Kauman"},
      {"33.75.02.1007", "Poncol"}, {"33.75.02.1008", "Klego"}, {"33.75.02.1009", "Gamer"},
      {"33.75.02.1010", "Setono"}, {"33.75.02.1012", "Kali Baros"},
      {"33.75.03.1002", "Krapyak"}, {"33.75.03.1003", "Kandang Panjang"},
      {"33.75.03.1004", "Panjang Wetan"}, {"33.75.03.1006", "Padukuhan Kraton"},
      {"33.75.03.1007", "Degayu"}, {"33.75.03.1009", "Bandengan"},
      {"33.75.03.1010", "Panjang Baru"},
      {"33.75.04.1002", "Banyurip"}, {"33.75.04.1003", "Buaran Kradenan"},
      {"33.75.04.1004", "Jenggot"}, {"33.75.04.1006", "Kuripan Kertoharjo"},
      {"33.75.04.1008", "Kuripan Yosorejo"}, {"33.75.04.1010", "Sokoduwet"}
    };
    List<List<Skill>> rotation =
        List.of(
            List.of(Skills.GIFT_ARRANGEMENT),
            List.of(Skills.BAG_MAKING),
            List.of(Skills.HANDICRAFT),
            List.of(Skills.GIFT_ARRANGEMENT, Skills.BAG_MAKING));
    for (int i = 0; i < others.length; i++) {
      String name = others[i][1];
      kelurahan.add(
          new Kelurahan(
              name.toUpperCase(java.util.Locale.ROOT).replace(' ', '-'),
              "Kelurahan " + name,
              RegionCode.parse(others[i][0]),
              rotation.get(i % rotation.size())));
    }
    ImmutableList.Builder<Cohort> cohorts = ImmutableList.builder();
    // Bendan Kergon trained on Tuesday 2 July 2024 (the article's date), two days as every
    // kelurahan. SYNTHETIC: the order of the kelurahan and every other date (consecutive two-day
    // blocks from 2 July, the last on 23-24 August); the article gives only the window, 1 July to
    // 27 August. Every block lists both its days, a Saturday or Sunday included (SYNTHETIC as its
    // dates), since the default training days leave the weekend out.
    LocalDate start = LocalDate.of(2024, 7, 2);
    for (Kelurahan k : kelurahan.build()) {
      DateRange twoDays = DateRange.ofDays(start, 2);
      cohorts.add(
          Cohort.builder()
              .id(CohortId.of("PKL24-" + k.slug()))
              .name(k.name())
              .addAllSkills(k.skills())
              .venue(Venue.of(k.name(), k.code()))
              .period(twoDays)
              .addAllTrainingDays(twoDays.dates()::iterator)
              .seats(Seats.exactly(40))
              // Each kelurahan trains "40 warganya": its residents, instead of the whole city.
              .addRegionsServed(k.code())
              .build());
      start = start.plusDays(2);
    }
    return TrainingProgram.builder()
        .id(ProgramId.of("PKL-DBHCHT-2024"))
        .title("Fasilitasi Pelatihan Kerja Kewirausahaan")
        .kind(ProgramKind.ENTREPRENEURSHIP)
        .organizer(
            Organizer.builder()
                .name("Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan")
                .shortName("Dinperinaker")
                .kind(AgencyKind.DINAS)
                .region(KOTA_PEKALONGAN)
                .build())
        .fiscalYear(2024)
        .addFunding(Funding.of(FundingSource.DBHCHT, 2024))
        .period(period)
        .addCurriculum(CurriculumModule.of(Skills.ENTREPRENEURSHIP_MANAGEMENT), AKI_REGISTRATION)
        // Residents ("warga Kota Pekalongan") of productive age ("usia produktif"); each cohort
        // serves its own kelurahan instead.
        .addRegionsServed(KOTA_PEKALONGAN)
        .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
        .addAllCohorts(cohorts.build())
        // Every participant gets an AK/I card made during the training ("peserta diberikan ...
        // pembuatan AK1"): the AKI_REGISTRATION module of the curriculum above, not a follow-up
        // step, which would reach only those who complete. The aim is new entrepreneurs
        // ("mencetak wirausaha baru"). SYNTHETIC: the 6-month outcome checkpoint.
        .followUpPlan(FollowUpPlan.builder().addCheckpoints(6).build())
        .build();
  }

  /**
   * Seed 003: Dinas Perdagangan, Koperasi, UKM dan Perindustrian Kota Palangka Raya, rattan
   * production training for Covid-affected micro and small-business owners ("pelaku usaha mikro
   * kecil") living in Kecamatan Bukit Batu or Rakumpit, 30 participants, 24-28 August, Aula
   * Kecamatan Bukit Batu.
   *
   * @return the program
   */
  public static TrainingProgram palangkaRaya2020() {
    // INFERRED: the year. The article gives "Senin (24/8)" without one; 24 August was a Monday in
    // 2020, the year of the Covid-19 recovery programme it describes.
    DateRange period = DateRange.ofClosed(LocalDate.of(2020, 8, 24), LocalDate.of(2020, 8, 28));
    return TrainingProgram.builder()
        .id(ProgramId.of("PLK-ROTAN-2020"))
        .title("Pelatihan Proses Produksi Berbahan Dasar Rotan")
        .kind(ProgramKind.SMALL_INDUSTRY_DEVELOPMENT)
        .organizer(
            Organizer.of(
                "Dinas Perdagangan, Koperasi, UKM dan Perindustrian Kota Palangka Raya",
                AgencyKind.DINAS,
                KOTA_PALANGKA_RAYA))
        .fiscalYear(2020)
        // SYNTHETIC: the source; the article names none.
        .addFunding(
            Funding.builder()
                .source(FundingSource.APBD_KABUPATEN_KOTA)
                .fiscalYear(2020)
                .note("Sumber dana tidak disebut dalam artikel (diasumsikan APBD Kota Palangka Raya)")
                .build())
        .period(period)
        // "khusus pelaku usaha yang tinggal di Kecamatan Bukit Batu dan Kecamatan Rakumpit",
        // business owners hit by the pandemic. INFERRED: micro or small businesses. The article
        // says "pelaku usaha ekonomi mikro" once and the deputy mayor twice "pelaku usaha mikro
        // kecil", read here as micro and small. SYNTHETIC: the productive-age limit.
        .addRegionsServed(KEC_BUKIT_BATU, KEC_RAKUMPIT)
        .addRequiredGroups(
            GroupRequirement.anyOf(TargetGroup.MICRO_BUSINESS_OWNER, SMALL_BUSINESS_OWNER),
            GroupRequirement.anyOf(TargetGroup.COVID_AFFECTED))
        .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
        .addCohorts(
            Cohort.builder()
                .id(CohortId.of("PLK20-ROTAN"))
                .addSkills(Skills.RATTAN_WEAVING)
                .venue(Venue.of("Aula Kecamatan Bukit Batu", KEC_BUKIT_BATU))
                .period(period)
                .seats(Seats.exactly(30))
                .build())
        // "pemberian bantuan alat dari masing-masing SOPD teknis akan direalisasikan" and "kami juga
        // membantu pula memasarkan dan mempromosikan hasil produksi". SYNTHETIC: the months and the
        // 6-month outcome checkpoint.
        .followUpPlan(
            FollowUpPlan.builder()
                .addSteps(
                    PlannedFollowUp.of(FollowUpKind.TOOL_GRANT, SOPD_TEKNIS_PALANGKA_RAYA, 0, 3),
                    PlannedFollowUp.of(
                        FollowUpKind.MARKETING_PROMOTION, PEMKOT_PALANGKA_RAYA, 1, 12))
                .addCheckpoints(6)
                .build())
        .build();
  }

  /**
   * Seed 004: BLK Kota Pekalongan, 2025, job-skills classes funded by the city budget, the
   * Central Java provincial budget and DBHCHT: digital marketing, cooking, make-up, welding,
   * motorcycle and car repair, and sewing (a participant from Kelurahan Kebulen is quoted).
   * Places are oversubscribed: people now come on their own and are selected. The article states
   * no admission rule; the example's DBHCHT classes ({@link #BLK_DBHCHT_COHORTS}) show how a
   * fund's beneficiary rules apply to what that fund pays for.
   *
   * @return the program
   */
  public static TrainingProgram pekalonganBlk2025() {
    Venue blk = Venue.of("Balai Latihan Kerja Kota Pekalongan", KOTA_PEKALONGAN);
    // SYNTHETIC: the article gives no dates, seats or classes. One class per skill, each three
    // weeks on weekdays, 16 seats, one after another from 3 February 2025.
    List<Skill> skills =
        List.of(
            Skills.DIGITAL_MARKETING,
            Skills.COOKING,
            Skills.MAKE_UP,
            Skills.WELDING,
            Skills.MOTORCYCLE_REPAIR,
            Skills.CAR_REPAIR,
            Skills.SEWING);
    ImmutableList.Builder<Cohort> cohorts = ImmutableList.builder();
    LocalDate start = LocalDate.of(2025, 2, 3);
    for (Skill skill : skills) {
      DateRange threeWeeks = DateRange.ofDays(start, 19);
      CohortId id = CohortId.of("BLK25-" + skill.code().replace('_', '-'));
      Cohort.Builder cohort =
          Cohort.builder()
              .id(id)
              .name(skill.labelId())
              .addSkills(skill)
              .venue(blk)
              .period(threeWeeks)
              .seats(Seats.exactly(16));
      if (BLK_DBHCHT_COHORTS.contains(id)) {
        // SYNTHETIC example of a DBHCHT policy (DOMAIN-FACTS): the fund's beneficiaries are
        // tobacco-sector workers and their households, and some regions add AK/I job seekers.
        cohort
            .addRequiredGroups(
                GroupRequirement.anyOf(
                    TargetGroup.JOB_SEEKER,
                    TargetGroup.CIGARETTE_FACTORY_WORKER,
                    TargetGroup.TOBACCO_FARM_WORKER,
                    TargetGroup.TOBACCO_WORKER_HOUSEHOLD))
            .eligibilityOverride(dbhchtEligibility());
      }
      cohorts.add(cohort.build());
      start = start.plusWeeks(4);
    }
    return TrainingProgram.builder()
        .id(ProgramId.of("PKL-BLK-2025"))
        .title("Pelatihan Keterampilan Kerja BLK Kota Pekalongan")
        .kind(ProgramKind.JOB_SKILLS)
        .organizer(
            Organizer.builder()
                .name("Balai Latihan Kerja Kota Pekalongan")
                .shortName("BLK Kota Pekalongan")
                .kind(AgencyKind.BLK)
                .region(KOTA_PEKALONGAN)
                .build())
        .fiscalYear(2025)
        .addFunding(
            Funding.of(FundingSource.APBD_KABUPATEN_KOTA, 2025),
            Funding.builder()
                .source(FundingSource.APBD_PROVINSI)
                .fiscalYear(2025)
                .note("APBD Provinsi Jawa Tengah")
                .build(),
            Funding.builder()
                .source(FundingSource.DBHCHT)
                .fiscalYear(2025)
                .note("Kelas yang dibiayai tidak disebut; las dan perbengkelan sebagai contoh")
                .build())
        // SYNTHETIC: the year's training calendar, enclosing the classes above.
        .period(DateRange.ofClosed(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 12, 19)))
        // SYNTHETIC: residence in the city and the productive-age limit. The article speaks of the
        // city's people ("masyarakat", "warga") and states no admission rule.
        .addRegionsServed(KOTA_PEKALONGAN)
        .eligibility(EligibilityPolicy.of(EligibilityRule.productiveAge()))
        .addAllCohorts(cohorts.build())
        // The mayor handed over cart grants ("hibah gerobak") at the Dindagkop-UKM office on 4
        // August 2025 and urged graduates to work elsewhere in Indonesia or abroad. INFERRED: that
        // the carts go to BLK graduates, from the Dindagkop-UKM; the article reports the hand-over
        // and the BLK training together without linking them. SYNTHETIC: the window and the 3-
        // and 6-month checkpoints.
        .followUpPlan(
            FollowUpPlan.builder()
                .addSteps(
                    PlannedFollowUp.builder()
                        .kind(FollowUpKind.CART_GRANT)
                        .provider(DINDAGKOP_UKM_PEKALONGAN)
                        .fromMonth(0)
                        .toMonth(6)
                        .note("Hibah gerobak usaha, diserahkan 4 Agustus 2025")
                        .build())
                .addCheckpoints(3, 6)
                .build())
        .build();
  }

  /**
   * The policy of the BLK 2025 classes the example lets DBHCHT pay for, beyond their required
   * groups (a DBHCHT target group, or job seekers): productive age, and a job seeker must hold a
   * valid AK/I card. SYNTHETIC: the article names the DBHCHT funding only; the target groups and
   * the AK/I admission follow common DBHCHT practice (DOMAIN-FACTS), as a policy of the example.
   */
  private static EligibilityPolicy dbhchtEligibility() {
    return EligibilityPolicy.of(
        EligibilityRule.productiveAge(),
        // A custom rule: only job seekers need the card, so it cannot be a plain document rule.
        EligibilityRule.custom(
            JOB_SEEKER_WITHOUT_AKI,
            "pencari kerja wajib memiliki kartu AK/I yang berlaku",
            "a job seeker must hold a valid AK/I card",
            (applicant, context) ->
                !applicant.isMemberOf(TargetGroup.JOB_SEEKER)
                    || applicant.holdsValid(DocumentKind.AK_I, context.referenceDate())));
  }

  /**
   * Returns where a value of a seed program or of one of its cohorts comes from: {@link
   * Provenance#SYNTHETIC} or {@link Provenance#INFERRED} where the comment at the value says so,
   * {@link Provenance#STATED} otherwise (also for ids that are not the seeds').
   *
   * @param id a program id or a cohort id as text, e.g. {@code "PKL-BLK-2025"} or {@code
   *     "BLK25-WELDING"}, not null
   * @param value the value, not null
   * @return the provenance, not null
   */
  public static Provenance provenance(String id, SeedValue value) {
    Provenance p = PROVENANCE.get(id, value);
    return p == null ? Provenance.STATED : p;
  }

  private static ImmutableTable<String, SeedValue, Provenance> provenanceTable() {
    ImmutableTable.Builder<String, SeedValue, Provenance> t = ImmutableTable.builder();
    Provenance s = Provenance.SYNTHETIC;
    Provenance i = Provenance.INFERRED;
    // Seed 000, Sorong.
    for (SeedValue v :
        List.of(
            SeedValue.PERIOD, SeedValue.FUNDING, SeedValue.REGIONS_SERVED, SeedValue.ELIGIBILITY,
            SeedValue.COHORTS, SeedValue.SEATS, SeedValue.FOLLOW_UP_MONTHS, SeedValue.CHECKPOINTS)) {
      t.put("SORONG-IKM-2025-2", v, s);
    }
    for (String c : List.of("SORONG25-KUE-SAGU", "SORONG25-PERBENGKELAN")) {
      t.put(c, SeedValue.PERIOD, s).put(c, SeedValue.SEATS, s);
    }
    // Seed 001, Kendari.
    t.put("KENDARI-SENTRA-IKM-2022", SeedValue.FUNDING, s)
        .put("KENDARI-SENTRA-IKM-2022", SeedValue.SEATS, s)
        .put("KENDARI-SENTRA-IKM-2022", SeedValue.FOLLOW_UP_MONTHS, s)
        .put("KENDARI22-SENTRA", SeedValue.SEATS, s)
        .put("KENDARI22-SENTRA", SeedValue.INTAKE, i);
    // Seed 002, Pekalongan 2024: the window, Bendan Kergon's day and the skills of Bendan Kergon
    // and Pringrejo are stated.
    t.put("PKL-DBHCHT-2024", SeedValue.CHECKPOINTS, s);
    for (Cohort c : pekalongan2024().cohorts()) {
      String id = c.id().toString();
      if (!id.equals("PKL24-BENDAN-KERGON")) {
        t.put(id, SeedValue.PERIOD, s).put(id, SeedValue.TRAINING_DAYS, s);
      }
      if (!id.equals("PKL24-BENDAN-KERGON") && !id.equals("PKL24-PRINGREJO")) {
        t.put(id, SeedValue.SKILLS, s);
      }
    }
    // Seed 003, Palangka Raya.
    t.put("PLK-ROTAN-2020", SeedValue.PERIOD, i)
        .put("PLK-ROTAN-2020", SeedValue.FUNDING, s)
        .put("PLK-ROTAN-2020", SeedValue.REQUIRED_GROUPS, i)
        .put("PLK-ROTAN-2020", SeedValue.ELIGIBILITY, s)
        .put("PLK-ROTAN-2020", SeedValue.FOLLOW_UP_MONTHS, s)
        .put("PLK-ROTAN-2020", SeedValue.CHECKPOINTS, s)
        .put("PLK20-ROTAN", SeedValue.PERIOD, i);
    // Seed 004, BLK Pekalongan 2025.
    for (SeedValue v :
        List.of(
            SeedValue.PERIOD, SeedValue.REGIONS_SERVED, SeedValue.ELIGIBILITY, SeedValue.COHORTS,
            SeedValue.SEATS, SeedValue.COHORT_RULES, SeedValue.FOLLOW_UP_MONTHS,
            SeedValue.CHECKPOINTS)) {
      t.put("PKL-BLK-2025", v, s);
    }
    t.put("PKL-BLK-2025", SeedValue.FOLLOW_UP, i);
    for (Cohort c : pekalonganBlk2025().cohorts()) {
      t.put(c.id().toString(), SeedValue.PERIOD, s)
          .put(c.id().toString(), SeedValue.TRAINING_DAYS, s)
          .put(c.id().toString(), SeedValue.SEATS, s);
    }
    return t.buildOrThrow();
  }

  /**
   * What the articles do not state, by program or cohort id and value; every value not listed is
   * stated in its article. Declared last: it reads the programs, which read the constants above.
   */
  private static final ImmutableTable<String, SeedValue, Provenance> PROVENANCE = provenanceTable();
}
