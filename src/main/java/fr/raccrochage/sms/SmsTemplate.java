package fr.raccrochage.sms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message template of the settings: fixed text and the few variables a campaign SMS needs. The
 * first name is the only personal data a message may carry; the rest is the campaign's own.
 */
public record SmsTemplate(String text) {

    public static final String FIRST_NAME = "prenom";
    public static final String CALLING_NUMBER = "numero_appelant";
    public static final String REGION_PAGE = "page_region";
    static final Set<String> VARIABLES = Set.of(FIRST_NAME, CALLING_NUMBER, REGION_PAGE);

    /** Names someone might try that would put more of the young person's data into the message. */
    static final Set<String> PERSONAL = Set.of("nom", "nom_famille", "nom_naissance", "date_naissance", "naissance",
            "age", "ine", "adresse", "code_postal", "commune", "ville", "telephone", "tel", "numero", "email",
            "courriel", "sexe", "etablissement", "uai", "formation", "responsable", "resp1", "resp2", "id_appel");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");

    /** The variables used, in order of first use. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1).strip());
        }
        return names;
    }

    /** Every problem that makes the template unusable, in French; empty when it can be used. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add("le modèle est vide");
            return errors;
        }
        for (String name : variables()) {
            if (PERSONAL.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                errors.add("{" + name + "} : donnée personnelle interdite, seul le prénom ({prenom}) peut figurer "
                        + "dans un SMS");
            } else if (!VARIABLES.contains(name)) {
                errors.add("{" + name + "} : variable inconnue (autorisées : {prenom}, {numero_appelant}, {page_region})");
            }
        }
        String rest = VARIABLE.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            errors.add("accolade sans variable : écrivez les variables {prenom}, {numero_appelant}, {page_region}");
        }
        if (!text.toUpperCase(java.util.Locale.ROOT).contains("STOP")) {
            errors.add("le modèle doit dire comment ne plus recevoir de SMS (« Répondez STOP … »)");
        }
        return errors;
    }

    /** The message for one recipient; only the allowed variables are replaced. */
    public String render(Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String value = VARIABLES.contains(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
