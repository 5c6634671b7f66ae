package fr.raccrochage.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the settings' templates and sender before anything is prepared: a template that would
 * carry personal data beyond the first name, an unknown variable or no STOP mention is refused;
 * the encoding and the number of segments are reported with a typical first name and with one
 * that forces UCS-2 (lower-case ç, ê, â, î, ô are not in the GSM 7-bit alphabet).
 */
public final class TemplateLinter {

    /** A typical first name of the lists (GSM-7) and one with a circumflex (UCS-2). */
    public static final String PLAIN_NAME = "Mathilde";
    public static final String ACCENTED_NAME = "Jérôme";

    /** One template's verdict. */
    public record TemplateReport(String setting, List<String> errors, SmsEncoding typical, SmsEncoding accented) {

        public boolean usable() {
            return errors.isEmpty();
        }
    }

    /** The whole verdict: usable when the sender and every template are. */
    public record Lint(Optional<String> senderProblem, List<TemplateReport> templates) {

        public boolean usable() {
            return senderProblem.isEmpty() && templates.stream().allMatch(TemplateReport::usable);
        }

        /** Every problem, one French sentence each. */
        public List<String> problems() {
            List<String> all = new ArrayList<>();
            senderProblem.ifPresent(p -> all.add("raccrochage.sms.expediteur : " + p));
            templates.forEach(t -> t.errors().forEach(e -> all.add(t.setting() + " : " + e)));
            return all;
        }
    }

    private TemplateLinter() {
    }

    public static Lint check(SmsProperties settings) {
        return new Lint(SenderName.problem(settings.expediteur()), List.of(
                report("raccrochage.sms.modele", settings.modele(), settings),
                report("raccrochage.sms.modele-responsable", settings.modeleResponsable(), settings)));
    }

    static TemplateReport report(String setting, String text, SmsProperties settings) {
        SmsTemplate template = new SmsTemplate(text);
        List<String> errors = template.errors();
        return new TemplateReport(setting, errors,
                SmsEncoding.of(template.render(values(PLAIN_NAME, settings))),
                SmsEncoding.of(template.render(values(ACCENTED_NAME, settings))));
    }

    static Map<String, String> values(String firstName, SmsProperties settings) {
        return Map.of(SmsTemplate.FIRST_NAME, firstName, SmsTemplate.CALLING_NUMBER, settings.numeroAppelant(),
                SmsTemplate.REGION_PAGE, settings.pageRegion());
    }
}
