package fr.raccrochage.scheduling;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the nightly run, under {@code raccrochage.nuit.*}.
 *
 * @param vague the wave in progress: SIEI list updates and call results found in the inboxes
 *     belong to it (a sub-folder named after a wave overrides it)
 * @param arrivee the inbox root; one sub-folder per {@link InboxKind}
 * @param archives where processed files are moved, by kind and night
 * @param cron when the long-running mode starts a night (Spring cron, six fields)
 * @param conservationMois months personal data is kept after a wave's calling period ends
 */
@ConfigurationProperties("raccrochage.nuit")
public record NightlyProperties(
        String vague,
        @DefaultValue("donnees/arrivee") Path arrivee,
        @DefaultValue("donnees/archives") Path archives,
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("24") int conservationMois) {

    public NightlyProperties {
        vague = vague == null || vague.isBlank() ? null : vague.strip();
        if (conservationMois < 1) {
            throw new IllegalArgumentException("raccrochage.nuit.conservation-mois doit valoir au moins 1");
        }
    }
}
