package fr.raccrochage.identity;

import org.springframework.stereotype.Service;

/** {@code doublons poids}: what the engine would learn from a wave's records (and the registry). */
@Service
public class WeightsService {

    private final JdbcIdentityDao dao;
    private final IdentityProperties properties;

    WeightsService(JdbcIdentityDao dao, IdentityProperties properties) {
        this.dao = dao;
        this.properties = properties;
    }

    public WeightEstimator.Result estimate(String waveId) {
        Profile[] profiles = dao.records(waveId).profiles();
        PairScorer scorer = new IdentityResolver(properties.thresholds()).scorer(profiles);
        return new WeightEstimator(scorer).estimate(profiles, 42);
    }
}
