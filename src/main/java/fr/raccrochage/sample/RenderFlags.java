package fr.raccrochage.sample;

/**
 * How a record departs from its source's usual writing.
 *
 * @param noAccents names written without accents
 * @param upperCase names written in capitals
 * @param swappedNames last name in the first-name column and the other way round
 * @param multilineAddress (CFA file) the address's complement on a line of its own, inside quotes
 * @param quotedObservation (CFA file) an observation holding double quotes
 */
record RenderFlags(boolean noAccents, boolean upperCase, boolean swappedNames, boolean multilineAddress,
        boolean quotedObservation) {

    static final RenderFlags NONE = new RenderFlags(false, false, false, false, false);

    RenderFlags withNoAccents() {
        return new RenderFlags(true, upperCase, swappedNames, multilineAddress, quotedObservation);
    }

    RenderFlags withUpperCase() {
        return new RenderFlags(noAccents, true, swappedNames, multilineAddress, quotedObservation);
    }

    RenderFlags withSwappedNames() {
        return new RenderFlags(noAccents, upperCase, true, multilineAddress, quotedObservation);
    }

    RenderFlags withMultilineAddress() {
        return new RenderFlags(noAccents, upperCase, swappedNames, true, quotedObservation);
    }

    RenderFlags withQuotedObservation() {
        return new RenderFlags(noAccents, upperCase, swappedNames, multilineAddress, true);
    }
}
