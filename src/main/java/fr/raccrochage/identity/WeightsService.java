package fr.raccrochage.identity;

import org.springframework.stereotype.Service;

/**
 * {@code doublons poids}: the weights the engine learns from a wave's records (and the registry), the
 * same estimate {@code doublons resoudre} scores with.
 */
@Service
public class WeightsService {

    private final JdbcIdentityDao dao;
    private final IdentityProperties properties;

    WeightsService(JdbcIdentityDao dao, IdentityProperties properties) {
        this.dao = dao;
        this.properties = properties;
    }

    /** Whether the engine scores with the learned weights ({@code raccrochage.identite.poids-appris}). */
    public boolean learnedWeightsUsed() {
        return properties.poidsAppris();
    }

    public WeightEstimator.Result estimate(String waveId) {
        return properties.weightsFor(dao.records(waveId).profiles());
    }
}
