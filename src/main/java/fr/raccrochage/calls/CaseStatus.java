package fr.raccrochage.calls;

/** Where a call case stands. Every status except A_APPELER is closed. */
public enum CaseStatus {
    A_APPELER,
    EN_SOLUTION,
    ORIENTE_ML,
    ORIENTE_CIO,
    REFUS,
    OPPOSITION,
    DEMENAGE,
    /** Ten unsuccessful attempts, or no number left. */
    INJOIGNABLE,
    /** No usable number at planning: unreachable at once, never put on a sheet. */
    SANS_NUMERO;

    public boolean isClosed() {
        return this != A_APPELER;
    }

    public boolean isUnreachable() {
        return this == INJOIGNABLE || this == SANS_NUMERO;
    }

    static CaseStatus of(CallOutcome finalOutcome) {
        return valueOf(finalOutcome.name());
    }
}
