/**
 * Phone numbers shared by every stage: {@link fr.raccrochage.core.phone.PhoneNumber}, the stored
 * E.164 form, its display ("06 12 34 56 78") on sheets, exports and pages, and the reading of a
 * number quoted back by a call centre or an SMS provider.
 */
package fr.raccrochage.core.phone;
