package fr.raccrochage.portal;

import fr.raccrochage.core.person.IdentityFields;
import fr.raccrochage.core.person.RecordKey;
import fr.raccrochage.partners.FeedbackStatus;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The portal's reads. Every query about young people takes the partner id and keeps only the
 * referrals sent to that partner ({@code orientation} with an {@code export_ligne} row): the
 * scope is in the SQL, not in the pages.
 */
@Repository
class JdbcPortalDao {

    static final int PAGE_SIZE = 50;

    private static final String SENT = """
            FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel
            WHERE o.partenaire_id = :partner
            AND EXISTS (SELECT 1 FROM export_ligne x WHERE x.partenaire_id = o.partenaire_id AND x.id_appel = o.id_appel)""";
    private static final String NAME_MATCH = """
             AND (UPPER(o.id_appel) = :exact OR EXISTS (SELECT 1 FROM siei_lien_personne lp
                JOIN siei_enregistrement e ON e.vague_id = lp.vague_id AND\s""" + RecordKey.joins("e", "lp") + """

                WHERE lp.personne_id = d.personne_id AND lp.vague_id = d.vague_id
                AND (UPPER(e.nom) LIKE :like OR UPPER(e.prenom) LIKE :like)))""";

    private record Head(String idAppel, long personId, String waveId, String motif, LocalDate date, LocalDate deadline) {
    }

    /** A referral whose young person has no SIEI record left in the wave (erased). */
    private static final IdentityFields NO_NAME = new IdentityFields(null, null, null, null, null);

    private record Status(String status, LocalDate date) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    JdbcPortalDao(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int count(String partnerId, String search) {
        return jdbc.queryForObject("SELECT COUNT(*) " + SENT + (search == null ? "" : NAME_MATCH),
                params(partnerId, search), Integer.class);
    }

    /** A page of the partner's referrals, nearest deadline first; {@code search} matches a name, a first name or an ID_APPEL. */
    List<ReferralLine> referrals(String partnerId, String search, int page) {
        MapSqlParameterSource params = params(partnerId, search).addValue("limit", PAGE_SIZE)
                .addValue("offset", Math.max(0, page) * PAGE_SIZE);
        List<Head> heads = jdbc.query("""
                SELECT o.id_appel, d.personne_id, d.vague_id, o.motif, o.date_orientation, o.date_limite_rappel
                """ + SENT + (search == null ? "" : NAME_MATCH)
                + " ORDER BY o.date_limite_rappel NULLS LAST, o.id_appel LIMIT :limit OFFSET :offset", params,
                (rs, i) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), local(rs.getDate(5)),
                        local(rs.getDate(6))));
        return lines(partnerId, heads);
    }

    /** One referral of this partner, or none when it is another partner's or unknown. */
    List<ReferralLine> referral(String partnerId, String idAppel) {
        List<Head> heads = jdbc.query("""
                SELECT o.id_appel, d.personne_id, d.vague_id, o.motif, o.date_orientation, o.date_limite_rappel
                """ + SENT + " AND o.id_appel = :id", params(partnerId, null).addValue("id", idAppel),
                (rs, i) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), local(rs.getDate(5)),
                        local(rs.getDate(6))));
        return lines(partnerId, heads);
    }

    /** The person of one referral of this partner (sent to it), or empty when it is another partner's or unknown. */
    Optional<Long> personInScope(String partnerId, String idAppel) {
        return jdbc.queryForList("SELECT d.personne_id " + SENT + " AND o.id_appel = :id",
                params(partnerId, null).addValue("id", idAppel), Long.class).stream().findFirst();
    }

    /** The feedback this partner recorded for one of its referrals, latest first. */
    List<Map<String, Object>> feedback(String partnerId, String idAppel) {
        return jdbc.queryForList("""
                SELECT r.statut, r.date_statut, CASE WHEN r.compte_id IS NULL THEN 'fichier' ELSE 'portail' END AS origine
                FROM retour_partenaire r WHERE r.partenaire_id = :partner AND r.id_appel = :id
                ORDER BY r.date_statut DESC, r.statut""", params(partnerId, null).addValue("id", idAppel));
    }

    /** Referrals sent with a deadline, and those contacted by then (the "within 15 days" share). */
    int[] handledInTime(String partnerId) {
        return jdbc.query("""
                SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM retour_partenaire r WHERE r.partenaire_id = o.partenaire_id
                    AND r.id_appel = o.id_appel AND r.statut IN ('CONTACTE', 'ACCOMPAGNE', 'SORTIE_POSITIVE')
                    AND r.date_statut <= o.date_limite_rappel) THEN 1 ELSE 0 END)
                """ + SENT + " AND o.date_limite_rappel IS NOT NULL", params(partnerId, null),
                rs -> {
                    rs.next();
                    return new int[] {rs.getInt(1), rs.getInt(2)};
                });
    }

    /** Person ids of cases, for the output gate. */
    Map<String, Long> persons(List<String> idAppels) {
        Map<String, Long> persons = new HashMap<>();
        if (!idAppels.isEmpty()) {
            jdbc.query("SELECT id_appel, personne_id FROM dossier_appel WHERE id_appel IN (:ids)",
                    new MapSqlParameterSource("ids", idAppels), rs -> {
                        persons.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return persons;
    }

    private List<ReferralLine> lines(String partnerId, List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, IdentityFields> names = names(heads);
        Map<String, List<Status>> statuses = statuses(partnerId, heads);
        List<ReferralLine> lines = new ArrayList<>(heads.size());
        for (Head h : heads) {
            IdentityFields who = names.getOrDefault(h.personId() + "/" + h.waveId(), NO_NAME);
            List<Status> history = statuses.getOrDefault(h.idAppel(), List.of());
            Status last = history.isEmpty() ? null : history.get(0);
            boolean contacted = history.stream().anyMatch(s -> FeedbackStatus.valueOf(s.status()).isContact());
            lines.add(new ReferralLine(h.idAppel(), h.personId(), who, h.motif(), h.date(), h.deadline(),
                    last == null ? null : last.status(), last == null ? null : last.date(), contacted));
        }
        return lines;
    }

    /**
     * Per person and wave, the name and birth date on its first SIEI record of that wave (as the
     * export takes it; the portal shows no INE and no sex, so none is read): one join, each record
     * found by its key.
     */
    private Map<String, IdentityFields> names(List<Head> heads) {
        Map<String, IdentityFields> names = new HashMap<>();
        jdbc.query("""
                SELECT l.personne_id, l.vague_id, e.nom, e.prenom, e.date_naissance FROM siei_lien_personne l
                JOIN siei_enregistrement e ON\s""" + RecordKey.joins("e", "l") + """

                WHERE l.personne_id IN (:persons) AND e.vague_id = l.vague_id ORDER BY l.fichier_id, l.ligne""",
                new MapSqlParameterSource("persons", heads.stream().map(Head::personId).distinct().toList()), rs -> {
                    names.putIfAbsent(rs.getLong(1) + "/" + rs.getString(2),
                            new IdentityFields(null, rs.getString(3), rs.getString(4), local(rs.getDate(5)), null));
                });
        return names;
    }

    private Map<String, List<Status>> statuses(String partnerId, List<Head> heads) {
        Map<String, List<Status>> statuses = new HashMap<>();
        jdbc.query("""
                SELECT id_appel, statut, date_statut FROM retour_partenaire
                WHERE partenaire_id = :partner AND id_appel IN (:ids) ORDER BY date_statut DESC, statut""",
                params(partnerId, null).addValue("ids", heads.stream().map(Head::idAppel).toList()), rs -> {
                    statuses.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Status(rs.getString(2), local(rs.getDate(3))));
                });
        return statuses;
    }

    private static MapSqlParameterSource params(String partnerId, String search) {
        MapSqlParameterSource params = new MapSqlParameterSource("partner", partnerId);
        if (search != null) {
            String upper = search.strip().toUpperCase(Locale.ROOT);
            params.addValue("exact", upper).addValue("like", "%" + upper.replace("%", "").replace("_", "") + "%");
        }
        return params;
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
