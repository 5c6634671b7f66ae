/**
 * SMS stage (issue 15), downstream of the calls: announces the calls by SMS, takes the provider's
 * returns and measures what the SMS change.
 *
 * <ul>
 *   <li>Rules: {@link fr.raccrochage.sms.SmsTemplate} (the allowed variables),
 *       {@link fr.raccrochage.sms.TemplateLinter} (no personal data beyond the first name, STOP
 *       mention, sender of 11 letters and digits at most), {@link fr.raccrochage.sms.SmsEncoding}
 *       (GSM 03.38 basic and extension tables, UCS-2, segments), {@link fr.raccrochage.sms.SendingPlan}
 *       (the sending hours and the calling days announced, public holidays from the calls calendar),
 *       {@link fr.raccrochage.sms.StopReply}, {@link fr.raccrochage.sms.ControlGroup} (drawn from
 *       the case id), {@link fr.raccrochage.sms.Interval} (95 % intervals).
 *   <li>{@link fr.raccrochage.sms.SmsPreparationService}: {@code sms preparer} and the night, one batch
 *       per wave and day, the provider's CSV and its manifest, checked against
 *       {@link fr.raccrochage.core.privacy.OutputGate} last.
 *   <li>{@link fr.raccrochage.sms.SmsReturnImportService}: {@code sms importer} and the inbox
 *       {@code arrivee/sms-retours/} (read by {@link fr.raccrochage.sms.SmsReturnsFile}); STOP through
 *       {@link fr.raccrochage.core.privacy.Oppositions} when it means opposition, unknown numbers through
 *       {@link fr.raccrochage.calls.NumberWithdrawals}; each file and its rejected lines in the one journal
 *       of received files ({@link fr.raccrochage.core.inbound.ReceivedFiles}, kind {@code SMS_RETOURS}).
 *   <li>{@link fr.raccrochage.sms.SmsEffectService}: the report's SMS figures
 *       ({@link fr.raccrochage.sms.SmsEffect}).
 *   <li>SQL: {@link fr.raccrochage.sms.JdbcSmsDao}; tables {@code sms_*} (V120; since V151 each
 *       {@code sms_retour} points at its file in {@code fichier_recu}). The calls stage's tables are
 *       read, never written from here.
 * </ul>
 */
package fr.raccrochage.sms;
