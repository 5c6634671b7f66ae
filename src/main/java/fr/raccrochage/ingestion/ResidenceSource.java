package fr.raccrochage.ingestion;

/** Whose address gave the young person's commune of residence. */
public enum ResidenceSource {
    JEUNE, RESP1, RESP2, NONE
}
