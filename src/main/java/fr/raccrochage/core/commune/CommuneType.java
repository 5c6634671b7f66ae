package fr.raccrochage.core.commune;

/** Kind of entry in the official geographic code (COG). */
public enum CommuneType {
    COMMUNE, ARRONDISSEMENT, DELEGUEE, ASSOCIEE
}
