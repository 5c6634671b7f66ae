package fr.raccrochage.calls;

import java.util.Comparator;

/** A usable number of a case: who it belongs to and whether it is a mobile. */
public record PhoneNumber(String number, Owner owner, Type type) {

    public enum Owner { JEUNE, RESP1, RESP2 }

    public enum Type { MOBILE, FIXE }

    /**
      * Rotation order: the young person's mobile first (the person we want to reach), then the
      * guardians' mobiles, then landlines (less often answered by the young person).
      */
    public static final Comparator<PhoneNumber> ROTATION_ORDER =
            Comparator.comparing((PhoneNumber p) -> p.owner() == Owner.JEUNE && p.type() == Type.MOBILE ? 0 : 1)
                    .thenComparing(PhoneNumber::type)
                    .thenComparing(PhoneNumber::owner)
                    .thenComparing(PhoneNumber::number);
}
