package fr.raccrochage.partners;

import fr.raccrochage.core.cases.CaseStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * What the routing needs to know of one call case.
 *
 * @param status {@code dossier_appel.statut}
 * @param outcomeDate the day of the final result (the referral date for ORIENTE_ML / ORIENTE_CIO)
 * @param callbackOpen the case is open and a callback was asked for (RAPPEL)
 * @param residences the communes to route by, in order of preference
 */
public record CaseFacts(String idAppel, CaseStatus status, String exclusion, String exclusionPartnerId,
        LocalDate outcomeDate, boolean callbackOpen, List<Residence> residences) {

    public CaseFacts {
        residences = List.copyOf(residences);
    }
}
