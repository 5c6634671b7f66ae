package fr.raccrochage.ingestion;

import fr.raccrochage.ingestion.normalize.Phone;

/** A legal guardian as the list gives it, normalized; codeInsee is the resolved commune. */
public record Guardian(String nom, String prenom, Phone phone, String email, String codeInsee) {

    boolean isEmpty() {
        return nom == null && prenom == null && phone == null && email == null && codeInsee == null;
    }
}
