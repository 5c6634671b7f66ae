package fr.raccrochage.scheduling;

import fr.raccrochage.core.FileDigest;
import fr.raccrochage.core.WaveId;
import fr.raccrochage.core.Waves;
import fr.raccrochage.core.inbound.FileRefusedException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes every waiting inbox file into its stage, kind by kind. Journal first, archive second: a
 * night killed between the two finds the file journaled and only archives it; killed before the
 * journal entry, it imports the file again, which the stages' own journals make a no-op.
 */
@Service
public class InboxIntake {

    private static final Logger log = LoggerFactory.getLogger(InboxIntake.class);

    private final Inbox inbox;
    private final InboxJournal journal;
    private final Map<InboxKind, InboxHandler> handlers = new EnumMap<>(InboxKind.class);
    private final NightlyProperties properties;
    private final Waves waves;

    public InboxIntake(Inbox inbox, InboxJournal journal, List<InboxHandler> handlers, NightlyProperties properties,
            Waves waves) {
        this.inbox = inbox;
        this.waves = waves;
        this.journal = journal;
        this.properties = properties;
        handlers.forEach(h -> this.handlers.put(h.kind(), h));
    }

    /** Takes every waiting file; returns a line for each file set aside as already received. */
    public List<String> takeAll(LocalDate night) {
        inbox.prepare();
        List<String> alreadyReceived = new ArrayList<>();
        for (InboxKind kind : InboxKind.values()) {
            for (InboxFile file : inbox.pending(kind)) {
                take(file, night).ifPresent(alreadyReceived::add);
            }
        }
        return alreadyReceived;
    }

    private Optional<String> take(InboxFile file, LocalDate night) {
        String sha256 = FileDigest.sha256(file.path());
        Optional<InboxJournal.Entry> done = journal.taken(file.kind(), sha256);
        InboxJournal.Status status = done.map(InboxJournal.Entry::status).orElseGet(() -> process(file, sha256, night));
        Path archived = inbox.archive(file, status == InboxJournal.Status.REFUSE, night);
        if (status == InboxJournal.Status.REFUSE && done.isEmpty()) {
            journal.find(file.kind(), sha256).ifPresent(entry -> inbox.writeReason(archived, entry.message()));
        }
        return done.map(entry -> "%s « %s » déjà reçu (même contenu que « %s ») : archivé sans être repris"
                .formatted(file.kind().label(), file.name(), entry.name()));
    }

    /**
     * A night takes files only into a wave declared before (by {@code vague creer} or an import on
     * the command line): a typo in a folder name must not create a wave whose young people nobody
     * plans.
     */
    private void requireDeclared(InboxFile file, String wave) {
        if (wave == null) {
            return;
        }
        String where = file.wave().isPresent() ? "le sous-dossier « " + wave + " »" : "la vague en cours (raccrochage.nuit.vague)";
        WaveId.problem(wave).ifPresent(problem -> {
            throw new FileRefusedException(problem + " Il est donné par " + where + ".");
        });
        if (!waves.exists(wave)) {
            throw new FileRefusedException("la vague « " + wave + " » (" + where + ") n'existe pas : si ce n'est pas "
                    + "une faute de frappe, créez-la avec « raccrochage vague creer " + wave + " » puis redéposez le fichier.");
        }
    }

    private InboxJournal.Status process(InboxFile file, String sha256, LocalDate night) {
        InboxHandler handler = handlers.get(file.kind());
        String wave = file.wave().orElse(properties.vague());
        log.info("Prise de {} « {} »", file.kind().label(), file.name());
        try {
            if (handler == null) {
                throw new FileRefusedException("Aucun traitement de nuit n'est disponible pour les fichiers « "
                        + file.kind().label() + " ».");
            }
            if (file.kind().perWave()) {
                requireDeclared(file, wave);
            }
            InboxHandler.Outcome outcome = handler.handle(file, wave, night);
            journal.record(file, sha256, InboxJournal.Status.TRAITE, outcome.summary(), outcome.needsOperator(), night);
            log.info("{} {} : {}", file.kind().label(), file.name(), outcome.summary());
            return InboxJournal.Status.TRAITE;
        } catch (FileRefusedException e) {
            journal.record(file, sha256, InboxJournal.Status.REFUSE, e.getMessage(), true, night);
            log.warn("{} {} refusé : {}", file.kind().label(), file.name(), e.getMessage());
            return InboxJournal.Status.REFUSE;
        }
    }
}
