package fr.raccrochage.calls;

import fr.raccrochage.core.inbound.FileRefusedException;

/** What needs the wave's cases (call results, SMS) is refused, nothing stored, until the wave is planned. */
public class WaveNotPlannedException extends FileRefusedException {

    public WaveNotPlannedException(String waveId) {
        super("La vague " + waveId + " n'est pas encore planifiée : lancez d'abord « raccrochage vague planifier --vague "
                + waveId + " --debut <date> --fin <date> ».");
    }
}
