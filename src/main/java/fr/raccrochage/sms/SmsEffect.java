package fr.raccrochage.sms;

import java.util.List;

/**
 * What the SMS changed in one wave (or across waves): the cases that could get an SMS, split into
 * the SMS group and the control group, their contact rates and the attempts it took to reach them;
 * and what the provider reported of the messages.
 *
 * @param scope a wave id, or "toutes les vagues"
 * @param difference the contact rate with SMS minus without, with its 95 % interval
 */
public record SmsEffect(String scope, Group withSms, Group control, double rateDifference, Interval difference,
        Messages messages) {

    /**
     * One group's figures.
     *
     * @param reached cases where someone answered for the young person (a result that counts as a contact)
     * @param attemptsToReach attempts up to the first contact, summed over the reached cases
     * @param attemptsSquares the squares of those, for the interval of the mean
     */
    public record Group(long cases, long reached, long attemptsToReach, long attemptsSquares) {

        static final Group EMPTY = new Group(0, 0, 0, 0);

        public double contactRate() {
            return cases == 0 ? Double.NaN : (double) reached / cases;
        }

        public Interval contactInterval() {
            return Interval.wilson(reached, cases);
        }

        public double attemptsPerReached() {
            return reached == 0 ? Double.NaN : (double) attemptsToReach / reached;
        }

        public Interval attemptsInterval() {
            return Interval.mean(reached, attemptsToReach, attemptsSquares);
        }

        Group plus(Group o) {
            return new Group(cases + o.cases, reached + o.reached, attemptsToReach + o.attemptsToReach,
                    attemptsSquares + o.attemptsSquares);
        }
    }

    /** @param failed reported failed or to an unknown number */
    public record Messages(long sent, long delivered, long failed, long stops) {

        static final Messages NONE = new Messages(0, 0, 0, 0);

        Messages plus(Messages o) {
            return new Messages(sent + o.sent, delivered + o.delivered, failed + o.failed, stops + o.stops);
        }
    }

    static SmsEffect of(String scope, Group withSms, Group control, Messages messages) {
        double difference = withSms.cases() == 0 || control.cases() == 0 ? Double.NaN
                : withSms.contactRate() - control.contactRate();
        return new SmsEffect(scope, withSms, control, difference,
                Interval.difference(withSms.reached(), withSms.cases(), control.reached(), control.cases()), messages);
    }

    /** The waves added up: the groups are pooled, the messages summed. */
    static SmsEffect total(String scope, List<SmsEffect> waves) {
        Group with = Group.EMPTY;
        Group without = Group.EMPTY;
        Messages messages = Messages.NONE;
        for (SmsEffect w : waves) {
            with = with.plus(w.withSms());
            without = without.plus(w.control());
            messages = messages.plus(w.messages());
        }
        return of(scope, with, without, messages);
    }
}
