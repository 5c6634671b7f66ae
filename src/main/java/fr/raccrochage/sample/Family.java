package fr.raccrochage.sample;

/**
 * A household: siblings and twins share it, and so share guardians, home address and home phone.
 *
 * @param homePhone fixed line (ten digits) or null
 * @param resp2 null when the second guardian is not known
 */
record Family(String id, Origin origin, String lastName, Address home, String homePhone, Guardian resp1,
        Guardian resp2) {

    /** The same family after a move: the guardians who lived at home move too. */
    Family movedTo(Address newHome) {
        Guardian movedResp1 = resp1.address() == home ? withAddress(resp1, newHome) : resp1;
        Guardian movedResp2 = resp2 != null && resp2.address() == home ? withAddress(resp2, newHome) : resp2;
        return new Family(id, origin, lastName, newHome, homePhone, movedResp1, movedResp2);
    }

    private static Guardian withAddress(Guardian guardian, Address address) {
        return new Guardian(guardian.lastName(), guardian.firstName(), guardian.phone(), guardian.email(), address);
    }
}
