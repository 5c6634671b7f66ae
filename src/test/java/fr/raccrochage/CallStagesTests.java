package fr.raccrochage;

import fr.raccrochage.calls.CallPlanningService;
import fr.raccrochage.calls.CallResultImportService;
import fr.raccrochage.calls.CallSheets;
import fr.raccrochage.identity.IdentityService;
import fr.raccrochage.ingestion.SieiImportService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link DatabaseTests} with the services that bring a wave to the call centre, as the tests of
 * the later stages drive them: SIEI lists imported, identities resolved, calls planned, results
 * imported, call sheets written.
 */
public abstract class CallStagesTests extends DatabaseTests {

    @Autowired
    protected SieiImportService imports;

    @Autowired
    protected IdentityService identity;

    @Autowired
    protected CallPlanningService planning;

    @Autowired
    protected CallResultImportService results;

    @Autowired
    protected CallSheets sheets;
}
