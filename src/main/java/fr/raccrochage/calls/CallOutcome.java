package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import java.util.List;
import java.util.Optional;

/** RESULTAT codes of the call-results contract (docs: shared/formats/call-results.md). */
public enum CallOutcome {
    NRP(false, false),
    MESSAGERIE(false, false),
    OCCUPE(false, false),
    FAUX_NUMERO(false, false),
    NUMERO_INVALIDE(false, false),
    RAPPEL(false, true),
    EN_SOLUTION(true, true),
    ORIENTE_ML(true, true),
    ORIENTE_CIO(true, true),
    REFUS(true, true),
    OPPOSITION(true, true),
    DEMENAGE(true, true);

    /** SOLUTION codes of an EN_SOLUTION line. */
    public static final List<String> SOLUTIONS = List.of("FORMATION", "APPRENTISSAGE", "EMPLOI", "SERVICE_CIVIQUE", "AUTRE");

    private final boolean fin;
    private final boolean contact;

    CallOutcome(boolean fin, boolean contact) {
        this.fin = fin;
        this.contact = contact;
    }

    /** The status a final outcome closes its case with (same name). */
    public CaseStatus closesAs() {
        return CaseStatus.valueOf(name());
    }

    /** A final outcome closes the case: no further attempt in this wave. */
    public boolean isFinal() {
        return fin;
    }

    /** Someone who could speak for the young person answered: what the contact rates count. */
    public boolean isContact() {
        return contact;
    }

    /** The number is wrong or dead: never dial it again for this case. */
    public boolean dropsNumber() {
        return this == FAUX_NUMERO || this == NUMERO_INVALIDE;
    }

    /** Parses a RESULTAT cell; empty for an unknown code (the importer rejects the line). */
    public static Optional<CallOutcome> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
