package fr.raccrochage.sms;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.sms.SmsEncoding.Alphabet;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateLinterTest {

    static SmsProperties settings(String sender, String template) {
        return new SmsProperties(false, sender, "01 53 85 53 85", "https://www.iledefrance.fr/raccrochage", template,
                SmsProperties.DEFAULT_GUARDIAN_TEMPLATE, false, 1, LocalTime.of(18, 0), "08:00-20:00", "08:00-20:00", "",
                0, 10, SmsProperties.StopRule.SMS);
    }

    @Test
    void shouldAcceptTheDefaultTemplatesInGsm7AndReportUcs2ForAFirstNameWithACircumflex() {
        TemplateLinter.Lint lint = TemplateLinter.check(settings("REGIONIDF", SmsProperties.DEFAULT_TEMPLATE));

        assertThat(lint.usable()).isTrue();
        assertThat(lint.problems()).isEmpty();
        TemplateLinter.TemplateReport young = lint.templates().get(0);
        assertThat(young.typical().alphabet()).isEqualTo(Alphabet.GSM_7);
        assertThat(young.typical().segments()).isEqualTo(2);
        assertThat(young.accented().alphabet()).isEqualTo(Alphabet.UCS_2);
        assertThat(young.accented().segments()).isEqualTo(4);
    }

    @Test
    void shouldRefuseATemplateCarryingPersonalDataBeyondTheFirstName() {
        TemplateLinter.Lint lint = TemplateLinter.check(settings("REGIONIDF",
                "Bonjour {prenom} {nom}, né le {date_naissance}, à {commune} : appel du {numero_appelant}. STOP au 36"));

        assertThat(lint.usable()).isFalse();
        assertThat(lint.problems()).containsExactly(
                "raccrochage.sms.modele : {nom} : donnée personnelle interdite, seul le prénom ({prenom}) peut figurer "
                        + "dans un SMS",
                "raccrochage.sms.modele : {date_naissance} : donnée personnelle interdite, seul le prénom ({prenom}) "
                        + "peut figurer dans un SMS",
                "raccrochage.sms.modele : {commune} : donnée personnelle interdite, seul le prénom ({prenom}) peut "
                        + "figurer dans un SMS");
    }

    @Test
    void shouldRefuseUnknownVariablesStrayBracesAndAMessageWithoutStop() {
        assertThat(new SmsTemplate("Bonjour {prenon}, répondez STOP").errors()).containsExactly(
                "{prenon} : variable inconnue (autorisées : {prenom}, {numero_appelant}, {page_region})");
        assertThat(new SmsTemplate("Bonjour {prenom, répondez STOP").errors()).containsExactly(
                "accolade sans variable : écrivez les variables {prenom}, {numero_appelant}, {page_region}");
        assertThat(new SmsTemplate("Bonjour {prenom}").errors()).containsExactly(
                "le modèle doit dire comment ne plus recevoir de SMS (« Répondez STOP … »)");
        assertThat(new SmsTemplate(" ").errors()).containsExactly("le modèle est vide");
    }

    @Test
    void shouldReplaceOnlyTheAllowedVariables() {
        String text = new SmsTemplate("Bonjour {prenom} ({ nom }), appel du {numero_appelant} : {page_region}")
                .render(Map.of("prenom", "Inès", "numero_appelant", "01 02 03 04 05", "page_region", "https://x.fr",
                        "nom", "DUPONT"));

        assertThat(text).isEqualTo("Bonjour Inès ({ nom }), appel du 01 02 03 04 05 : https://x.fr");
    }

    @Test
    void shouldAcceptElevenLettersAndDigitsAsSender() {
        assertThat(SenderName.problem("REGIONIDF")).isEmpty();
        assertThat(SenderName.problem("Region2026A")).isEmpty();
        assertThat(SenderName.problem("REGIONIDF123")).contains(
                "le nom d'expéditeur « REGIONIDF123 » a 12 caractères (au plus 11)");
        assertThat(SenderName.problem("Région")).contains("le nom d'expéditeur « Région » ne doit contenir que des "
                + "lettres sans accent et des chiffres (ni espace ni ponctuation)");
        assertThat(SenderName.problem("IDF FRANCE")).isPresent();
        assertThat(SenderName.problem("0612345678")).contains(
                "le nom d'expéditeur « 0612345678 » doit contenir au moins une lettre");
        assertThat(SenderName.problem("")).contains("le nom d'expéditeur est vide");
        assertThat(TemplateLinter.check(settings("REGION-IDF", SmsProperties.DEFAULT_TEMPLATE)).problems())
                .containsExactly("raccrochage.sms.expediteur : le nom d'expéditeur « REGION-IDF » ne doit contenir que "
                        + "des lettres sans accent et des chiffres (ni espace ni ponctuation)");
    }
}
