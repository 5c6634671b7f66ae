package fr.raccrochage.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code raccrochage.*}.
 *
 * @param region INSEE code of the Region running the campaigns (Île-de-France: 11)
 * @param dossierDonnees where the embedded database and the run lock live
 * @param dossierSorties where the runs' output files go (one folder per wave)
 * @param ageMinimum youngest age expected on an SIEI list (younger is flagged HORS_AGE)
 * @param ageMaximum oldest age expected on an SIEI list (older is flagged HORS_AGE)
 * @param aliasEntetes extra header names per SIEI field, added to the built-in ones
 */
@ConfigurationProperties("raccrochage")
public record RaccrochageProperties(
        @DefaultValue("11") String region,
        @DefaultValue("donnees") Path dossierDonnees,
        @DefaultValue("sorties") Path dossierSorties,
        @DefaultValue("16") int ageMinimum,
        @DefaultValue("25") int ageMaximum,
        Map<String, List<String>> aliasEntetes) {

    public RaccrochageProperties {
        aliasEntetes = aliasEntetes == null ? Map.of() : Map.copyOf(aliasEntetes);
    }

    public Path waveOutputDirectory(String waveId) {
        return dossierSorties.resolve("vague-" + waveId);
    }
}
