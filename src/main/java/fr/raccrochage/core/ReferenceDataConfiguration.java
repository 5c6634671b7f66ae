package fr.raccrochage.core;

import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.commune.CommuneResolver;
import fr.raccrochage.core.reference.CommuneReferenceService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The commune directory in force (shipped in the jar, or last imported by {@code referentiel communes
 * importer}), read once and shared by every stage.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    @Bean
    @Lazy
    CommuneDirectory communeDirectory(CommuneReferenceService reference) {
        return reference.directory();
    }

    @Bean
    @Lazy
    CommuneResolver communeResolver(CommuneDirectory communeDirectory) {
        return new CommuneResolver(communeDirectory);
    }
}
