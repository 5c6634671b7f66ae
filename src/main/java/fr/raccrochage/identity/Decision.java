package fr.raccrochage.identity;

/** What the engine says of a pair of records. */
public enum Decision {
    /** Same young person: the records are merged. */
    MEME_PERSONNE,
    /** Maybe the same young person: listed for a person to review, never merged automatically. */
    DOUBLON_POSSIBLE,
    /** Two young people. */
    DISTINCT
}
