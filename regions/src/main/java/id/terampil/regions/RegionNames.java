package id.terampil.regions;

import id.terampil.core.region.RegencyKind;
import id.terampil.core.region.RegionLevel;
import id.terampil.core.region.VillageKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How region names are compared: the one place that decides when two spellings name the same
 * place. A name's key keeps only its letters and digits, in lower case ("KAB. ACEH SELATAN",
 * "Kabupaten Aceh Selatan" and "Kabupaten  Aceh-Selatan" all give {@code acehselatan} at regency
 * level), and at regency level drops the word of the kind (Kabupaten, Kab., Kota, Kota
 * Administrasi, Kota Adm.), which the code itself carries (regency part 71 and above is a kota).
 */
final class RegionNames {

  private static final Pattern REGENCY_KIND =
      Pattern.compile(
          "^(kabupaten|kab\\.?|kota\\s+administrasi|kota\\s+adm\\.?|kota)(\\s+|\\.)(?=\\S)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DISTRICT_KIND =
      Pattern.compile("^(kecamatan|kec\\.?)(\\s+|\\.)(?=\\S)", Pattern.CASE_INSENSITIVE);
  private static final Pattern VILLAGE_KIND =
      Pattern.compile(
          "^(kelurahan|kel\\.?|desa\\s+adat|desa|ds\\.?)(\\s+|\\.)(?=\\S)",
          Pattern.CASE_INSENSITIVE);

  private RegionNames() {}

  /**
   * Returns the comparison key of a name from the list at a level: letters and digits in lower
   * case, without the kind word at regency level.
   */
  static String key(RegionLevel level, String name) {
    String text = name.strip();
    if (level == RegionLevel.REGENCY) {
      Matcher m = REGENCY_KIND.matcher(text);
      if (m.find()) {
        text = text.substring(m.end());
      }
    }
    return lettersAndDigits(text);
  }

  /** Returns the letters and digits of {@code text}, in lower case. */
  static String lettersAndDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Returns {@code name} stripped, with each run of whitespace inside it made one space. */
  static String displayName(String name) {
    String stripped = name.strip();
    boolean clean = true;
    for (int i = 1; i < stripped.length(); i++) {
      if (Character.isWhitespace(stripped.charAt(i))
          && (stripped.charAt(i) != ' ' || Character.isWhitespace(stripped.charAt(i - 1)))) {
        clean = false;
        break;
      }
    }
    return clean ? stripped : String.join(" ", stripped.split("\\s+"));
  }

  /**
   * A name as a caller asks for it at a level: its full key, and where it begins with a kind
   * word, the key without it and the kind that word requires.
   */
  static final class Query {
    final String fullKey;
    final @Nullable String strippedKey;
    final @Nullable RegencyKind regencyKind;
    final @Nullable VillageKind villageKind;

    private Query(
        String fullKey,
        @Nullable String strippedKey,
        @Nullable RegencyKind regencyKind,
        @Nullable VillageKind villageKind) {
      this.fullKey = fullKey;
      this.strippedKey = strippedKey;
      this.regencyKind = regencyKind;
      this.villageKind = villageKind;
    }

    /** Reads a query for a name at {@code level}. */
    static Query of(RegionLevel level, String name) {
      String text = name.strip();
      switch (level) {
        case REGENCY:
          {
            Matcher m = REGENCY_KIND.matcher(text);
            if (m.find()) {
              String word = m.group(1).toLowerCase(Locale.ROOT);
              RegencyKind kind = word.startsWith("kab") ? RegencyKind.KABUPATEN : RegencyKind.KOTA;
              String rest = lettersAndDigits(text.substring(m.end()));
              // A regency's key has no kind word: the query's full text is its rest.
              return new Query(rest, rest, kind, null);
            }
            return new Query(lettersAndDigits(text), null, null, null);
          }
        case DISTRICT:
          {
            Matcher m = DISTRICT_KIND.matcher(text);
            String full = lettersAndDigits(text);
            return m.find()
                ? new Query(full, lettersAndDigits(text.substring(m.end())), null, null)
                : new Query(full, null, null, null);
          }
        case VILLAGE:
          {
            Matcher m = VILLAGE_KIND.matcher(text);
            String full = lettersAndDigits(text);
            if (m.find()) {
              String word = m.group(1).toLowerCase(Locale.ROOT);
              VillageKind kind =
                  word.startsWith("kel")
                      ? VillageKind.KELURAHAN
                      : word.contains("adat") ? VillageKind.DESA_ADAT : VillageKind.DESA;
              return new Query(full, lettersAndDigits(text.substring(m.end())), null, kind);
            }
            return new Query(full, null, null, null);
          }
        default:
          return new Query(lettersAndDigits(text), null, null, null);
      }
    }

    /**
     * Returns whether a region with {@code key} (from {@link RegionNames#key}) and the given
     * kinds answers this query: its key equals the query's full key (a village named "Desa
     * Baru"), or the query's key without the kind word while the kind agrees.
     */
    boolean matches(
        String key, Optional<RegencyKind> regencyKindOfCode, Optional<VillageKind> villageKindOfCode) {
      if (strippedKey != null && strippedKey.equals(key)) {
        boolean regencyOk = regencyKind == null || regencyKindOfCode.orElse(null) == regencyKind;
        boolean villageOk = villageKind == null || villageKindOfCode.orElse(null) == villageKind;
        if (regencyOk && villageOk) {
          return true;
        }
      }
      return regencyKind == null && fullKey.equals(key);
    }
  }
}
