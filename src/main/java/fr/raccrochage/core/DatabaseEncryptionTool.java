package fr.raccrochage.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts (or decrypts) an existing embedded database in place, with the key of
 * {@code RACCROCHAGE_CLE_BASE}, so that the key never appears on a command line. Run with the
 * service stopped (see the README's "Chiffrer la base embarquée"):
 * {@code java -Dloader.main=fr.raccrochage.core.DatabaseEncryptionTool -cp raccrochage.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher chiffrer donnees}.
 */
public final class DatabaseEncryptionTool {

    static final String DATABASE = "raccrochage";
    static final String KEY_VARIABLE = "RACCROCHAGE_CLE_BASE";

    private DatabaseEncryptionTool() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || !(args[0].equals("chiffrer") || args[0].equals("dechiffrer"))) {
            System.err.println("Usage : chiffrer|dechiffrer [<dossier des données> (défaut : donnees)] ; la clé est lue dans "
                    + KEY_VARIABLE + ".");
            System.exit(2);
        }
        String key = System.getenv(KEY_VARIABLE);
        Path folder = Path.of(args.length == 2 ? args[1] : "donnees");
        try {
            run(args[0].equals("chiffrer"), folder, key);
            System.out.println("Base " + folder.resolve(DATABASE + ".mv.db") + (args[0].equals("chiffrer")
                    ? " chiffrée (AES) : lancer raccrochage avec " + KEY_VARIABLE + " défini."
                    : " déchiffrée : lancer raccrochage sans " + KEY_VARIABLE + "."));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (SQLException e) {
            System.err.println("Échec : " + e.getMessage() + " (service arrêté ? bonne clé ?). La base n'a pas été modifiée.");
            System.exit(1);
        }
    }

    /** Encrypts a plain database with the key, or decrypts an encrypted one. */
    static void run(boolean encrypt, Path folder, String key) throws SQLException {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("La clé est vide : définir " + KEY_VARIABLE + ".");
        }
        if (EmbeddedDatabaseSettings.hasSpace(key)) {
            throw new IllegalArgumentException("La clé ne doit pas contenir d'espace (H2 sépare ainsi clé et mot de passe).");
        }
        if (!Files.exists(folder.resolve(DATABASE + ".mv.db"))) {
            throw new IllegalArgumentException("Pas de base " + folder.resolve(DATABASE + ".mv.db") + ".");
        }
        char[] secret = key.toCharArray();
        ChangeFileEncryption.execute(folder.toString(), DATABASE, "AES", encrypt ? null : secret, encrypt ? secret : null, true);
        PrivateFiles.tree(folder);
    }
}
