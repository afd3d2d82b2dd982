package id.terampil.examples.showcase;

/**
 * A follow-up activity an article says the organizers deliver after the training (pembinaan,
 * studi banding, bantuan alat, hibah gerobak...), in both languages, with who delivers it.
 *
 * <p><b>Temporary.</b> Stands in for the core's {@code FollowUpPlan} and {@code FollowUpActivity},
 * which are being written; the follow-up step of {@link SeedRun} then builds a plan and records
 * deliveries instead.
 *
 * @param indonesian the activity in Indonesian, not null
 * @param english the activity in English, not null
 * @param deliveredBy the agency that delivers it, not null
 */
public record FollowUpNote(String indonesian, String english, String deliveredBy) {}
