package fr.raccrochage.partners;

import java.util.Map;

/**
 * What a directory import did to the referrals already made.
 *
 * @param moved referrals given to the partner that now covers their commune
 * @param withdrawalsDue of those, the ones the former partner had received: it will be sent a withdrawal
 * @param withoutPartner referrals whose commune the new directory gives to no partner of that type
 *     (left as they are, withheld by the exports: the Region decides)
 * @param movedByChange moved referrals per "former → new" partner pair
 */
public record Rerouting(int moved, int withdrawalsDue, int withoutPartner, Map<String, Integer> movedByChange) {

    public Rerouting {
        movedByChange = Map.copyOf(movedByChange);
    }

    static final Rerouting NONE = new Rerouting(0, 0, 0, Map.of());
}
