package fr.raccrochage.core.privacy;

/** Who expressed the objection. */
public enum OppositionSource {
    JEUNE, RESPONSABLE, PARTENAIRE, AUTRE
}
