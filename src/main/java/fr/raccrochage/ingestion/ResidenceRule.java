package fr.raccrochage.ingestion;

import static fr.raccrochage.ingestion.SieiField.*;

import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneResolver;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The commune of residence: the young person's address, else the first legal guardian's, else
 * the second's. Out of the Region: kept with the real commune and flagged; nowhere: flagged.
 */
final class ResidenceRule {

    /** Each address of a record, resolved (or not) to today's commune. */
    record Addresses(Optional<Commune> jeune, Optional<Commune> resp1, Optional<Commune> resp2) {
    }

    /** The commune retained and whose address gave it. */
    record Residence(String codeInsee, ResidenceSource source) {
    }

    private final CommuneResolver communes;
    private final String region;

    ResidenceRule(CommuneResolver communes, String region) {
        this.communes = communes;
        this.region = region;
    }

    Addresses resolve(Function<SieiField, String> values) {
        return new Addresses(
                communes.resolve(values.apply(CODE_COMMUNE), values.apply(CODE_POSTAL), values.apply(COMMUNE)),
                communes.resolve(values.apply(RESP1_CODE_COMMUNE), values.apply(RESP1_CODE_POSTAL), values.apply(RESP1_COMMUNE)),
                communes.resolve(values.apply(RESP2_CODE_COMMUNE), values.apply(RESP2_CODE_POSTAL), values.apply(RESP2_COMMUNE)));
    }

    Residence residence(Addresses addresses, Set<RecordFlag> flags) {
        if (addresses.jeune().isPresent()) {
            return retained(addresses.jeune().get(), ResidenceSource.JEUNE, flags);
        }
        if (addresses.resp1().isPresent()) {
            return retained(addresses.resp1().get(), ResidenceSource.RESP1, flags);
        }
        if (addresses.resp2().isPresent()) {
            return retained(addresses.resp2().get(), ResidenceSource.RESP2, flags);
        }
        flags.add(RecordFlag.COMMUNE_INCONNUE);
        return new Residence(null, ResidenceSource.NONE);
    }

    private Residence retained(Commune commune, ResidenceSource source, Set<RecordFlag> flags) {
        if (!commune.isIn(region)) {
            flags.add(RecordFlag.HORS_REGION);
        }
        return new Residence(commune.codeInsee(), source);
    }
}
