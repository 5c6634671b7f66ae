package fr.raccrochage.ingestion;

import fr.raccrochage.ingestion.normalize.Phone;
import java.time.LocalDate;
import java.util.Set;

/** An accepted SIEI data record, normalized, with its resolved commune of residence and its flags. */
public record SieiRecord(
        int lineNumber,
        String ine,
        String nom,
        String prenom,
        LocalDate dateNaissance,
        String sexe,
        Phone telJeune,
        String emailJeune,
        String adresse,
        String codePostal,
        String commune,
        String codeCommune,
        Guardian resp1,
        Guardian resp2,
        String uai,
        String etablissement,
        String formation,
        LocalDate dateSortie,
        String source,
        String codeInseeResidence,
        ResidenceSource residenceSource,
        Set<RecordFlag> flags,
        String otherColumns) {
}
