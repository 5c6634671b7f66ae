package fr.raccrochage.core;

/** The database did not answer (server down or restarting, network cut): rerunning is the remedy. */
public class DatabaseUnavailableException extends JobFailedException {

    public DatabaseUnavailableException(Throwable cause) {
        super("La base de données ne répond pas (serveur arrêté ou en redémarrage, réseau coupé) : "
                + "relancez la même commande quand elle sera revenue, elle reprendra là où elle s'est arrêtée.", cause);
    }
}
