package fr.raccrochage.partners;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code raccrochage.orientation.*}.
 *
 * @param rappelOuvert what the closing does with a callback still open (default RAPPEL_DEMANDE)
 * @param delaiRappelJours days a partner has to call back a young person referred to it
 */
@ConfigurationProperties("raccrochage.orientation")
public record PartnersProperties(@DefaultValue("RAPPEL_DEMANDE") CallbackPolicy rappelOuvert,
        @DefaultValue("15") int delaiRappelJours) {
}
