package fr.raccrochage.rights;

import fr.raccrochage.core.privacy.OperatorJournal;

/** Who asks, for the operator journal: the OS user or {@code --operateur}, and the channel. */
public record Actor(String operator, OperatorJournal.Channel channel) {

    public static Actor cli(String operator) {
        return new Actor(operator == null || operator.isBlank() ? OperatorJournal.osUser() : operator.strip(),
                OperatorJournal.Channel.CLI);
    }

    OperatorJournal.Entry entry(String action, Long personId, String target, String ground) {
        return new OperatorJournal.Entry(operator, channel, action, personId, target, ground);
    }
}
