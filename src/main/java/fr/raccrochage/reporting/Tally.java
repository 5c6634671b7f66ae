package fr.raccrochage.reporting;

/** Call attempts made and how many of them reached someone (CallOutcome.isContact). */
final class Tally {

    private long attempts;
    private long contacts;

    void count(boolean contact) {
        attempts++;
        if (contact) {
            contacts++;
        }
    }

    void addAll(Tally other) {
        attempts += other.attempts;
        contacts += other.contacts;
    }

    long attempts() {
        return attempts;
    }

    long contacts() {
        return contacts;
    }
}
