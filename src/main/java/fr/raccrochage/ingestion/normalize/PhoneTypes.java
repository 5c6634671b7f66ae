package fr.raccrochage.ingestion.normalize;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

/** The library's number types as the call planning sees them. */
final class PhoneTypes {

    private PhoneTypes() {
    }

    static PhoneType of(PhoneNumberType type) {
        return switch (type) {
            case MOBILE -> PhoneType.MOBILE;
            // The library answers FIXED_LINE_OR_MOBILE only when a number matches both its
            // region's fixed and mobile patterns (US, Canada, China…): it is never known to be
            // a mobile, and the planning must not prefer it as one.
            case FIXED_LINE, FIXED_LINE_OR_MOBILE -> PhoneType.FIXE;
            default -> PhoneType.AUTRE;
        };
    }
}
