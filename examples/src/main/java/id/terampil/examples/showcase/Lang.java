package id.terampil.examples.showcase;

import java.util.Locale;

/** The language of a {@link Report}: Indonesian or English. */
public enum Lang {
  /** Bahasa Indonesia. */
  ID(Locale.forLanguageTag("id")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale used to format numbers.
   *
   * @return the locale, not null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the text in this language.
   *
   * @param indonesian the Indonesian text, not null
   * @param english the English text, not null
   * @return one of the two, not null
   */
  public String pick(String indonesian, String english) {
    return this == ID ? indonesian : english;
  }

  /**
   * Parses {@code id} or {@code en}, in any case.
   *
   * @param code the code, not null
   * @return the language, not null
   * @throws IllegalArgumentException if the code is neither
   */
  public static Lang parse(String code) {
    switch (code.toLowerCase(Locale.ROOT)) {
      case "id":
        return ID;
      case "en":
        return EN;
      default:
        throw new IllegalArgumentException("--lang must be id or en: " + code);
    }
  }
}
