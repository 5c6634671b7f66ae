package fr.raccrochage.core;

import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.commune.CommuneResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The commune directory, read once from the classpath and shared by every stage. */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    @Bean
    @Lazy
    CommuneDirectory communeDirectory() {
        return CommuneDirectory.fromClasspath();
    }

    @Bean
    @Lazy
    CommuneResolver communeResolver(CommuneDirectory communeDirectory) {
        return new CommuneResolver(communeDirectory);
    }
}
