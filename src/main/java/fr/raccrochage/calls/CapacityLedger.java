package fr.raccrochage.calls;

import java.time.LocalDate;

/**
  * The call centre's daily capacity, shared by all cases of the waves being planned. The wiring
  * developer backs it with a table; the planner only needs reserve and release.
  */
public interface CapacityLedger {

    /** Takes one attempt on that day if the capacity allows it. */
    boolean tryReserve(LocalDate day);

    /**
     * Takes one attempt on that day even beyond the capacity: a callback promised to the young
     * person is kept, and counting it keeps later reservations and releases balanced.
     */
    void reserve(LocalDate day);

    /** Gives back an attempt that was planned but is re-planned or no longer needed. */
    void release(LocalDate day);
}
