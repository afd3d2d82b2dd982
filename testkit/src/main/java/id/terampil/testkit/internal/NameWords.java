package id.terampil.testkit.internal;

import com.google.common.collect.ImmutableList;

/**
 * The words synthetic person names are made of: common Indonesian given names and name words
 * from across the archipelago (Javanese, Sundanese, Balinese, Batak, Bugis, Butonese, Papuan,
 * Christian and Islamic names), and the special kinds of word that name handling must cope with.
 * Names are random combinations of these words, so a generated name rarely belongs to anyone.
 * Every word is at most 13 characters.
 */
final class NameWords {

  /** Common words; the first is the shrinking target, so it is short. */
  static final ImmutableList<String> COMMON =
      ImmutableList.of(
          "Ani", "Budi", "Siti", "Agus", "Sri", "Dewi", "Eko", "Joko", "Wahyu", "Ayu", "Putri",
          "Rahmat", "Nur", "Rina", "Yanti", "Hadi", "Slamet", "Sutrisno", "Suparmi", "Aminah",
          "Hidayat", "Kurniawan", "Lestari", "Setiawan", "Wati", "Yusuf", "Rizky", "Fitri",
          "Indah", "Dian", "Bambang", "Heru", "Tuti", "Ratna", "Made", "Wayan", "Ketut",
          "Komang", "Putu", "Luh", "Ni", "I", "Gede", "Yohanes", "Maria", "Fransiskus",
          "Theresia", "Ahmad", "Muhammad", "Abdul", "Fatimah", "Nurhayati", "Sulastri", "Tarigan",
          "Siregar", "Nasution", "Simanjuntak", "Manurung", "Lumbantobing", "Pasaribu", "Wenda",
          "Kogoya", "Rumbiak", "Mandacan", "Ai", "Asep", "Ujang", "Cecep", "Euis", "Daeng",
          "Andi", "La", "Wa", "Ode", "Somad", "Sumarni", "Rohmah", "Kasmini");

  /** Words with an apostrophe, including the typographic one. */
  static final ImmutableList<String> APOSTROPHE =
      ImmutableList.of(
          "Ma'ruf", "Mu'min", "Ni'mah", "Syafi'i", "Jum'at", "Sa'adah", "Ma'arif", "Nu'man",
          "Rif'at", "Mas'ud", "Ma\u2019ruf", "Sa\u2019diyah");

  /** Hyphenated words. */
  static final ImmutableList<String> HYPHENATED =
      ImmutableList.of("Nur-Aini", "Abdul-Rahman", "Sri-Wahyuni", "Putri-Ayu", "Ari-Wibowo");

  /** Initials and abbreviations with a dot, and lower-case particles. */
  static final ImmutableList<String> DOTTED_AND_PARTICLES =
      ImmutableList.of("M.", "Moh.", "Muh.", "A.", "R.", "St.", "br.", "bin", "binti", "van");

  /** Words with letters outside ASCII: precomposed, and with a combining acute accent. */
  static final ImmutableList<String> NON_ASCII =
      ImmutableList.of(
          "Th\u00e9resia", "Agn\u00e8s", "Ren\u00e9e", "Jos\u00e9", "Zo\u00eb", "Chlo\u00e9",
          "Andr\u00e9", "Ren\u00e9", "Jose\u0301", "Andre\u0301");

  private NameWords() {}
}
