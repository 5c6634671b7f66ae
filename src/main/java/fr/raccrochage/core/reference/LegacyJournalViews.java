package fr.raccrochage.core.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The old journal and reject names ({@code fichier_siei}, {@code siei_rejet}...) as views over the
 * one journal, with INSTEAD OF triggers so that code and test fixtures written against them could still
 * insert journal rows and empty them. Nothing uses them any more: V150 drops them (its H2 and
 * PostgreSQL variants name the triggers and functions created here). The class stays because V110,
 * which creates them, is history that every new database replays before V150.
 */
final class LegacyJournalViews {

    /** A journal view: its name, the kind it shows, its columns in order. */
    record Journal(String view, String type, List<String> columns) {
    }

    static final List<Journal> JOURNALS = List.of(
            new Journal("fichier_siei", "SIEI", List.of("id", "vague_id", "nom", "empreinte", "taille", "encodage",
                    "separateur", "statut", "lues", "enregistrees", "rejetees", "signalees", "debut", "fin")),
            new Journal("fichier_resultats", "RESULTATS_APPELS", List.of("id", "vague_id", "nom", "empreinte", "lues",
                    "enregistrees", "rejetees", "importe_le")),
            new Journal("fichier_connus", "CAS_CONNUS", List.of("id", "nom", "empreinte", "lues", "enregistrees",
                    "rejetees", "importe_le")),
            new Journal("fichier_retours", "RETOURS_PARTENAIRES", List.of("id", "nom", "empreinte", "lues",
                    "enregistrees", "rejetees", "importe_le")));

    static final List<String> REJECT_VIEWS = List.of("siei_rejet", "resultat_rejet", "connus_rejet", "retour_rejet");

    private LegacyJournalViews() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (Journal journal : JOURNALS) {
                sql.execute("CREATE VIEW " + journal.view() + " AS SELECT " + String.join(", ", journal.columns().stream()
                        .map(c -> c.equals("importe_le") ? "debut AS importe_le" : c).toList())
                        + " FROM fichier_recu WHERE type = '" + journal.type() + "'");
            }
            for (int i = 0; i < REJECT_VIEWS.size(); i++) {
                String columns = i == 0 ? "r.fichier_id, r.ligne, f.vague_id, r.motif, r.contenu"
                        : "r.fichier_id, r.ligne, r.motif, r.contenu";
                sql.execute("CREATE VIEW " + REJECT_VIEWS.get(i) + " AS SELECT " + columns + " FROM ligne_rejetee r "
                        + "JOIN fichier_recu f ON f.id = r.fichier_id WHERE f.type = '" + JOURNALS.get(i).type() + "'");
            }
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                h2Triggers(sql);
            } else {
                postgresTriggers(sql);
            }
        }
    }

    private static void h2Triggers(Statement sql) throws SQLException {
        for (Journal journal : JOURNALS) {
            for (String event : List.of("INSERT", "DELETE")) {
                sql.execute("CREATE TRIGGER " + journal.view() + "_" + event.toLowerCase(Locale.ROOT) + " INSTEAD OF " + event
                        + " ON " + journal.view() + " FOR EACH ROW CALL '" + H2Trigger.class.getName() + "'");
            }
        }
        for (String view : REJECT_VIEWS) {
            sql.execute("CREATE TRIGGER " + view + "_delete INSTEAD OF DELETE ON " + view + " FOR EACH ROW CALL '"
                    + H2Trigger.class.getName() + "'");
        }
    }

    private static void postgresTriggers(Statement sql) throws SQLException {
        for (Journal journal : JOURNALS) {
            boolean wave = journal.columns().contains("vague_id");
            String function = journal.view() + "_vue";
            sql.execute("CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF TG_OP = 'DELETE' THEN DELETE FROM fichier_recu WHERE id = OLD.id; RETURN OLD; END IF; "
                    + "INSERT INTO fichier_recu (id, type, vague_id, portee, nom, empreinte, taille, encodage, separateur, "
                    + "statut, lues, enregistrees, rejetees, signalees, debut, fin) VALUES ("
                    + "COALESCE(NEW.id, nextval(pg_get_serial_sequence('fichier_recu', 'id'))), '" + journal.type() + "', "
                    + (wave ? "NEW.vague_id, NEW.vague_id, " : "NULL, '-', ") + "NEW.nom, NEW.empreinte, "
                    + column(journal, "taille") + ", " + column(journal, "encodage") + ", " + column(journal, "separateur")
                    + ", COALESCE(" + column(journal, "statut") + ", 'TERMINE'), NEW.lues, NEW.enregistrees, NEW.rejetees, "
                    + column(journal, "signalees") + ", " + (journal.columns().contains("debut") ? "NEW.debut" : "NEW.importe_le")
                    + ", " + (journal.columns().contains("fin") ? "NEW.fin" : "NEW.importe_le") + "); RETURN NEW; END $$");
            sql.execute("CREATE TRIGGER " + journal.view() + "_vue INSTEAD OF INSERT OR DELETE ON " + journal.view()
                    + " FOR EACH ROW EXECUTE FUNCTION " + function + "()");
        }
        for (String view : REJECT_VIEWS) {
            sql.execute("CREATE FUNCTION " + view + "_vue() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "DELETE FROM ligne_rejetee WHERE fichier_id = OLD.fichier_id AND ligne = OLD.ligne; RETURN OLD; END $$");
            sql.execute("CREATE TRIGGER " + view + "_vue INSTEAD OF DELETE ON " + view + " FOR EACH ROW EXECUTE FUNCTION "
                    + view + "_vue()");
        }
    }

    private static String column(Journal journal, String name) {
        return journal.columns().contains(name) ? "NEW." + name : "NULL";
    }

    /** The same INSTEAD OF triggers for H2, which runs Java triggers. */
    public static final class H2Trigger implements org.h2.api.Trigger {

        private String view;

        @Override
        public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
            this.view = table.toLowerCase(Locale.ROOT);
        }

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            if (REJECT_VIEWS.contains(view)) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM ligne_rejetee WHERE fichier_id = ? AND ligne = ?")) {
                    delete.setObject(1, oldRow[0]);
                    delete.setObject(2, oldRow[1]);
                    delete.executeUpdate();
                }
                return;
            }
            Journal journal = JOURNALS.stream().filter(j -> j.view().equals(view)).findFirst().orElseThrow();
            if (newRow == null) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM fichier_recu WHERE id = ?")) {
                    delete.setObject(1, oldRow[0]);
                    delete.executeUpdate();
                }
                return;
            }
            insert(connection, journal, newRow);
        }

        private static void insert(Connection connection, Journal journal, Object[] row) throws SQLException {
            java.util.function.Function<String, Object> value = name -> {
                int i = journal.columns().indexOf(name);
                return i < 0 ? null : row[i];
            };
            Object wave = value.apply("vague_id");
            Object started = journal.columns().contains("debut") ? value.apply("debut") : value.apply("importe_le");
            Object finished = journal.columns().contains("fin") ? value.apply("fin") : value.apply("importe_le");
            Object status = value.apply("statut");
            boolean withId = row[0] != null;
            String sql = "INSERT INTO fichier_recu (" + (withId ? "id, " : "") + "type, vague_id, portee, nom, empreinte, "
                    + "taille, encodage, separateur, statut, lues, enregistrees, rejetees, signalees, debut, fin) VALUES ("
                    + (withId ? "?, " : "") + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            Object[] values = {journal.type(), wave, wave == null ? "-" : wave, value.apply("nom"), value.apply("empreinte"),
                value.apply("taille"), value.apply("encodage"), value.apply("separateur"), status == null ? "TERMINE" : status,
                value.apply("lues"), value.apply("enregistrees"), value.apply("rejetees"), value.apply("signalees"), started,
                finished};
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int p = 1;
                if (withId) {
                    insert.setObject(p++, row[0]);
                }
                for (Object v : values) {
                    insert.setObject(p++, v);
                }
                insert.executeUpdate();
            }
        }
    }
}
