package fr.raccrochage.partners;

import fr.raccrochage.core.person.IdentityFields;
import fr.raccrochage.core.person.RecordKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The young people of a wave and their usable phone numbers, for the exports and the Region's list. */
@Repository
class JdbcYoungPeopleDao {

    private final JdbcTemplate jdbc;

    JdbcYoungPeopleDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per person of the wave, the data of their first record (file order, line order). */
    Map<Long, YoungPerson> ofWave(String waveId) {
        return ofWave(waveId, null);
    }

    /** The same for one person of the wave (a page of the portal), or for all when {@code personId} is null. */
    Map<Long, YoungPerson> ofWave(String waveId, Long personId) {
        Map<Long, YoungPerson> people = new HashMap<>();
        Object[] args = personId == null ? new Object[] {waveId, waveId} : new Object[] {waveId, waveId, personId};
        jdbc.query("""
                SELECT l.personne_id, e.ine, e.nom, e.prenom, e.date_naissance, e.sexe, e.code_insee_residence, e.adresse, e.code_postal,
                    e.commune, e.etablissement, e.formation, e.tel_jeune, e.resp1_nom, e.resp1_prenom, e.resp1_tel,
                    e.resp2_nom, e.resp2_prenom, e.resp2_tel
                FROM siei_lien_personne l
                JOIN siei_enregistrement e ON\s""" + RecordKey.joins("e", "l") + """

                WHERE l.vague_id = ? AND e.vague_id = ?""" + (personId == null ? "" : " AND l.personne_id = ?") + """

                ORDER BY l.fichier_id, l.ligne""", rs -> {
                    long person = rs.getLong("personne_id");
                    if (people.containsKey(person)) {
                        return;
                    }
                    List<String> phones = new ArrayList<>(3);
                    for (String column : List.of("tel_jeune", "resp1_tel", "resp2_tel")) {
                        String phone = rs.getString(column);
                        if (phone != null && !phones.contains(phone)) {
                            phones.add(phone);
                        }
                    }
                    List<String> guardians = new ArrayList<>(2);
                    guardian(guardians, rs.getString("resp1_nom"), rs.getString("resp1_prenom"), rs.getString("resp1_tel"));
                    guardian(guardians, rs.getString("resp2_nom"), rs.getString("resp2_prenom"), rs.getString("resp2_tel"));
                    people.put(person, new YoungPerson(person, IdentityFields.of(rs), rs.getString("code_insee_residence"),
                            rs.getString("adresse"), rs.getString("code_postal"), rs.getString("commune"),
                            rs.getString("etablissement"), rs.getString("formation"), phones, String.join(" | ", guardians)));
                }, args);
        return people;
    }

    /** Names only: the guardians' usable numbers are in the telephones column, wrong ones are never sent. */
    private static void guardian(List<String> guardians, String nom, String prenom, String phone) {
        String name = String.join(" ", nonNull(nom), nonNull(prenom)).strip();
        if (!name.isEmpty()) {
            guardians.add(name);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /**
     * Per case of the wave that has numbers on record, those the call centre did not find wrong
     * (possibly none); a case absent from the map has no numbers on record.
     */
    Map<String, List<String>> usablePhones(String waveId) {
        return usablePhones(waveId, null);
    }

    /** The same for one case, or for the whole wave when {@code idAppel} is null. */
    Map<String, List<String>> usablePhones(String waveId, String idAppel) {
        Map<String, List<String>> phones = new LinkedHashMap<>();
        Object[] args = idAppel == null ? new Object[] {waveId} : new Object[] {waveId, idAppel};
        jdbc.query("""
                SELECT n.id_appel, n.numero, n.retire_motif FROM numero_appel n JOIN dossier_appel d ON d.id_appel = n.id_appel
                WHERE d.vague_id = ?""" + (idAppel == null ? "" : " AND n.id_appel = ?") + """

                ORDER BY n.id_appel, CASE n.titulaire WHEN 'JEUNE' THEN 0 WHEN 'RESP1' THEN 1 ELSE 2 END, n.numero""",
                rs -> {
                    List<String> usable = phones.computeIfAbsent(rs.getString(1), id -> new ArrayList<>(3));
                    if (rs.getString(3) == null) {
                        usable.add(rs.getString(2));
                    }
                }, args);
        return phones;
    }
}
