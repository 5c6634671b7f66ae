package fr.raccrochage.core.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the facts from the database at each call, so a fact recorded a second ago is honoured. */
@Repository
class JdbcOutputGate implements OutputGate {

    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcOutputGate(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> barred(Collection<Long> personIds) {
        Set<Long> barred = new HashSet<>();
        List<Long> ids = new ArrayList<>(new HashSet<>(personIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            barred.addAll(jdbc.queryForList("SELECT personne_id FROM opposition WHERE personne_id IN (:ids)",
                    new MapSqlParameterSource("ids", chunk), Long.class));
        }
        return barred;
    }
}
