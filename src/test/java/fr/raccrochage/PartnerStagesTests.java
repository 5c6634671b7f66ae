package fr.raccrochage;

import fr.raccrochage.partners.PartnerDirectoryService;
import fr.raccrochage.partners.PartnerExportService;
import fr.raccrochage.partners.WaveClosingService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link DatabaseTests} with the services that take a closed wave to the partners: the directory
 * imported, the wave closed and routed, the exports written.
 */
public abstract class PartnerStagesTests extends DatabaseTests {

    @Autowired
    protected PartnerDirectoryService directory;

    @Autowired
    protected WaveClosingService closing;

    @Autowired
    protected PartnerExportService exports;
}
