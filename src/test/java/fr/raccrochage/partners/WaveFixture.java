package fr.raccrochage.partners;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a wave straight into the contract tables (vague, fichier_recu, siei_enregistrement,
 * personne, siei_lien_personne, dossier_appel, numero_appel, resultat_appel), as the import,
 * identity and calls stages leave them.
 */
public final class WaveFixture {

    private final JdbcTemplate jdbc;
    private final String wave;
    private final long fileId;
    private long resultsFileId;

    public WaveFixture(JdbcTemplate jdbc, String wave, long firstPersonId) {
        this.jdbc = jdbc;
        this.wave = wave;
        this.nextPerson = firstPersonId;
        Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 9, 0));
        jdbc.update("INSERT INTO vague (id, cree_le) VALUES (?, ?)", wave, now);
        jdbc.update("""
                INSERT INTO fichier_recu (type, vague_id, portee, nom, empreinte, taille, encodage, separateur, statut, debut)
                VALUES ('SIEI', ?, ?, 'liste.csv', ?, 1, 'UTF-8', ';', 'TERMINE', ?)""", wave, wave, "sha-" + wave, now);
        fileId = jdbc.queryForObject("SELECT id FROM fichier_recu WHERE type = 'SIEI' AND vague_id = ?", Long.class, wave);
        jdbc.update("""
                INSERT INTO fichier_recu (type, vague_id, portee, nom, empreinte, statut, debut, fin)
                VALUES ('RESULTATS_APPELS', ?, ?, 'resultats.csv', ?, 'TERMINE', ?, ?)""", wave, wave, "sha-r-" + wave, now,
                now);
        resultsFileId = jdbc.queryForObject("SELECT id FROM fichier_recu WHERE type = 'RESULTATS_APPELS' AND vague_id = ?",
                Long.class, wave);
    }

    private long nextPerson;
    private int line = 1;

    /** A young person of the wave with one SIEI record; returns the person id. */
    public long person(String nom, String prenom, String born, String residence, String source, String resp1Code, String drapeaux) {
        long person = nextPerson++;
        line++;
        jdbc.update("INSERT INTO personne (id, vague_creation, creee) VALUES (?, ?, ?)", person, wave,
                Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 9, 0)));
        jdbc.update("""
                INSERT INTO siei_enregistrement (fichier_id, ligne, vague_id, ine, nom, prenom, date_naissance, sexe, tel_jeune,
                    tel_jeune_type, email_jeune, adresse, code_postal, commune, resp1_nom, resp1_prenom, resp1_tel, resp1_code_insee,
                    etablissement, formation, code_insee_residence, source_residence, drapeaux)
                VALUES (?, ?, ?, '1234567890A', ?, ?, ?, 'F', ?, 'MOBILE', 'jeune@example.org', ?, '93200', 'SAINT DENIS',
                    'PARENT', 'Anne', '+33145000001', ?, 'Lycée Paul Éluard', 'CAP Cuisine', ?, ?, ?)""",
                fileId, line, wave, nom, prenom, Date.valueOf(LocalDate.parse(born)), "+3361234560" + (line % 10),
                "12 rue de la Paix", resp1Code, residence, source, drapeaux);
        jdbc.update("UPDATE fichier_recu SET enregistrees = COALESCE(enregistrees, 0) + 1 WHERE id = ?", fileId);
        jdbc.update("""
                INSERT INTO siei_lien_personne (fichier_id, ligne, vague_id, personne_id, decision, motif)
                VALUES (?, ?, ?, ?, 'NOUVELLE_PERSONNE', 'test')""", fileId, line, wave, person);
        return person;
    }

    /** A call case; {@code closedOn} null for an open case. */
    public String callCase(int sequence, long person, String statut, LocalDateTime closedOn, LocalDateTime callback,
            String exclusion, String exclusionPartner) {
        String id = "V%s-%06d".formatted(wave, sequence);
        jdbc.update("""
                INSERT INTO dossier_appel (id_appel, vague_id, personne_id, statut, date_statut, date_rappel, exclusion,
                    exclusion_partenaire_id, debut, fin, cree_le)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, wave, person, statut,
                closedOn == null ? null : Timestamp.valueOf(closedOn), callback == null ? null : Timestamp.valueOf(callback),
                exclusion, exclusionPartner, Date.valueOf(LocalDate.of(2026, 6, 1)), Date.valueOf(LocalDate.of(2026, 6, 30)),
                Timestamp.valueOf(LocalDateTime.of(2026, 5, 30, 8, 0)));
        return id;
    }

    public void number(String idAppel, String number, String holder, String droppedBecause) {
        jdbc.update("INSERT INTO numero_appel (id_appel, numero, titulaire, type, retire_motif) VALUES (?, ?, ?, 'MOBILE', ?)",
                idAppel, number, holder, droppedBecause);
    }

    public void result(String idAppel, int attempt, LocalDateTime when, String outcome) {
        jdbc.update("""
                INSERT INTO resultat_appel (id_appel, tentative, date_appel, numero, resultat, fichier_id, ligne)
                VALUES (?, ?, ?, '+33612345601', ?, ?, ?)""", idAppel, attempt, Timestamp.valueOf(when), outcome, resultsFileId,
                attempt);
    }
}
