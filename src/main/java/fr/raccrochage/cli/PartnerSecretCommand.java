package fr.raccrochage.cli;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.core.privacy.OperatorJournal.Channel;
import fr.raccrochage.partners.PartnerArchives;
import fr.raccrochage.partners.PartnerDirectoryService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "secret", mixinStandardHelpOptions = true,
        description = "Affiche le mot de passe des archives chiffrées (zip AES-256) d'un partenaire, à lui transmettre par "
                + "un autre canal que les fichiers (téléphone, courrier). Chaque affichage est inscrit au journal des "
                + "opérateurs. --nouveau en tire un autre (après une fuite, un changement d'interlocuteur) : les archives "
                + "suivantes l'utilisent.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class PartnerSecretCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<partenaire>", description = "Identifiant du partenaire dans l'annuaire (ex. ML-PARIS).")
    String partnerId;

    @Option(names = "--nouveau", description = "Tire un nouveau mot de passe pour ce partenaire.")
    boolean renew;

    @Option(names = "--operateur", paramLabel = "<nom>", description = "Nom de l'opérateur (défaut : l'utilisateur du système).")
    String operator;

    @Option(names = "--motif", paramLabel = "<texte>", description = "Pourquoi le mot de passe est affiché (inscrit au journal).")
    String ground;

    private final PartnerArchives archives;
    private final PartnerDirectoryService directories;
    private final OperatorJournal journal;
    private final RunLock lock;

    PartnerSecretCommand(PartnerArchives archives, PartnerDirectoryService directories, OperatorJournal journal,
            RunLock lock) {
        this.archives = archives;
        this.directories = directories;
        this.journal = journal;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        String secret;
        try {
            if (renew) {
                try (RunLock.Held held = lock.acquire()) {
                    secret = archives.renew(partnerId, directories.current());
                }
            } else {
                secret = archives.passphrase(partnerId, directories.current());
            }
        } catch (PartnerArchives.UnknownPartnerException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        journal.record(new OperatorJournal.Entry(operator != null ? operator : System.getProperty("user.name"), Channel.CLI,
                renew ? "PARTENAIRE_SECRET_NOUVEAU" : "PARTENAIRE_SECRET", null, partnerId, ground));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Mot de passe des archives de %s%s : %s%n", partnerId, renew ? " (nouveau)" : "", secret);
        if (!archives.encrypts(partnerId)) {
            out.printf("Attention : l'annuaire indique « chiffrement ; non » pour ce partenaire, ses fichiers partent en clair.%n");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
