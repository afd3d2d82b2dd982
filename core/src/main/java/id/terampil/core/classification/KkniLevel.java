package id.terampil.core.classification;

/**
 * A level of the Indonesian national qualifications framework (Kerangka Kualifikasi Nasional
 * Indonesia, KKNI; Perpres 8/2012), 1 to 9: levels 1-3 operator, 4-6 technician or analyst, 7-9
 * expert.
 *
 * @since 0.1.0
 */
public enum KkniLevel {
  /** Level 1 (operator). */
  LEVEL_1,
  /** Level 2 (operator). */
  LEVEL_2,
  /** Level 3 (operator). */
  LEVEL_3,
  /** Level 4 (technician or analyst). */
  LEVEL_4,
  /** Level 5 (technician or analyst). */
  LEVEL_5,
  /** Level 6 (technician or analyst). */
  LEVEL_6,
  /** Level 7 (expert). */
  LEVEL_7,
  /** Level 8 (expert). */
  LEVEL_8,
  /** Level 9 (expert). */
  LEVEL_9;

  /** The broad category of a KKNI level. */
  public enum Category {
    /** Operator (operator), levels 1-3. */
    OPERATOR,
    /** Technician or analyst (teknisi / analis), levels 4-6. */
    TECHNICIAN_OR_ANALYST,
    /** Expert (ahli), levels 7-9. */
    EXPERT
  }

  /**
   * Returns the level with the given number.
   *
   * @param level 1 to 9
   * @return the level, not null
   * @throws IllegalArgumentException if {@code level} is outside 1-9
   */
  public static KkniLevel of(int level) {
    if (level < 1 || level > 9) {
      throw new IllegalArgumentException("KKNI level must be between 1 and 9: " + level);
    }
    return values()[level - 1];
  }

  /**
   * Returns the level number.
   *
   * @return 1 to 9
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Returns the broad category of this level.
   *
   * @return the category, not null
   */
  public Category category() {
    int n = number();
    return n <= 3 ? Category.OPERATOR : n <= 6 ? Category.TECHNICIAN_OR_ANALYST : Category.EXPERT;
  }
}
