package fr.raccrochage.core.inbound;

/** A file that cannot be taken as a whole; the message is the French sentence for the operator. */
public class FileRefusedException extends RuntimeException {

    public FileRefusedException(String frenchSentence) {
        super(frenchSentence);
    }

    public FileRefusedException(String frenchSentence, Throwable cause) {
        super(frenchSentence, cause);
    }

    /**
     * Refuses a path that is not a readable file, saying which: missing, a folder, or not readable
     * (an operator who typed a folder's name must not read that it does not exist).
     */
    public static void requireReadableFile(java.nio.file.Path path) {
        if (java.nio.file.Files.isDirectory(path)) {
            throw new FileRefusedException("Fichier refusé : « %s » est un dossier, pas un fichier (indiquez le ou les "
                    .formatted(path) + "fichiers qu'il contient).");
        }
        if (!java.nio.file.Files.exists(path)) {
            throw new FileRefusedException("Fichier refusé : « %s » n'existe pas.".formatted(path));
        }
        if (!java.nio.file.Files.isRegularFile(path) || !java.nio.file.Files.isReadable(path)) {
            throw new FileRefusedException("Fichier refusé : « %s » ne peut pas être lu (droits d'accès).".formatted(path));
        }
    }
}
