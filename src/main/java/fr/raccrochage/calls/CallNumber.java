package fr.raccrochage.calls;

import java.util.Comparator;

/** A usable number of a case (E.164): who it belongs to and whether it is a mobile. */
public record CallNumber(String number, Owner owner, Type type) {

    /** The number as callers read it (see {@link fr.raccrochage.core.phone.PhoneNumber#display()}). */
    public String display() {
        return fr.raccrochage.core.phone.PhoneNumber.display(number);
    }

    public enum Owner { JEUNE, RESP1, RESP2 }

    public enum Type { MOBILE, FIXE }

    /**
      * Rotation order: the young person's mobile first (the person we want to reach), then the
      * guardians' mobiles, then landlines (less often answered by the young person).
      */
    public static final Comparator<CallNumber> ROTATION_ORDER =
            Comparator.comparing((CallNumber p) -> p.owner() == Owner.JEUNE && p.type() == Type.MOBILE ? 0 : 1)
                    .thenComparing(CallNumber::type)
                    .thenComparing(CallNumber::owner)
                    .thenComparing(CallNumber::number);
}
