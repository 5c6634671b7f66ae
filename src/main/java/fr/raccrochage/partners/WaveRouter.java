package fr.raccrochage.partners;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.commune.CommuneDirectory;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The routing step's work: decides for every case of the wave not decided yet, and stores it. */
@Component
class WaveRouter {

    private final JdbcRoutingDao dao;
    private final PartnerDirectoryService directory;
    private final CommuneDirectory communes;
    private final RaccrochageProperties properties;
    private final PartnersProperties settings;

    WaveRouter(JdbcRoutingDao dao, PartnerDirectoryService directory, CommuneDirectory communes,
            RaccrochageProperties properties, PartnersProperties settings) {
        this.dao = dao;
        this.directory = directory;
        this.communes = communes;
        this.properties = properties;
        this.settings = settings;
    }

    void route(String waveId, LocalDate closingDate) {
        RoutingRules rules = new RoutingRules(directory.current(), communes, properties.region(),
                settings.rappelOuvert(), settings.delaiRappelJours());
        List<Routing> routings = dao.casesToRoute(waveId).stream().map(c -> rules.route(c, closingDate)).toList();
        dao.store(waveId, routings, closingDate, settings.rappelOuvert());
    }
}
