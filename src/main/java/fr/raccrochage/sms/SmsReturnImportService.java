package fr.raccrochage.sms;

import fr.raccrochage.calls.NumberWithdrawals;
import fr.raccrochage.calls.CallNumber;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.inbound.DeclaredLine;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import fr.raccrochage.core.inbound.RejectedLine;
import fr.raccrochage.core.phone.PhoneNumber;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.core.privacy.OutputGate;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code sms importer} and the night's {@code arrivee/sms-retours/}: the provider's delivery reports
 * and replies, one file per transaction. A STOP stops the SMS to that number at once (and, with
 * {@code raccrochage.sms.stop=OPPOSITION}, is the young person's objection, recorded as every other);
 * a number reported unknown is withdrawn from the calls as a NUMERO_INVALIDE. A line that cannot be
 * trusted is rejected with its number and reason, the rest is taken; a file already imported adds
 * nothing. Each file is journaled, with its rejected lines, in the one journal of received files
 * ({@link ReceivedFiles}, kind {@link InboundKind#SMS_RETOURS}), which knows it by its SHA-256.
 */
@Service
public class SmsReturnImportService {

    /** The folder of the returns, in the outputs (their reject files) and the night's inbox. */
    public static final String FOLDER = "sms-retours";

    /** What an import gave, for the operator's summary. */
    public record ReturnsSummary(String fileName, boolean alreadyImported, int read, int stored, int repeated,
            int rejected, int delivered, int failed, int unknownNumbers, int stops, int otherReplies, Path rejectFile) {
    }

    /** One line's verdict: a reason to reject it, or what it says about which message. */
    private record Verdict(String reason, SmsMessage message, String kind, String status, LocalDateTime at) {

        static Verdict reject(String reason) {
            return new Verdict(reason, null, null, null, null);
        }
    }

    private final JdbcSmsDao dao;
    private final ReceivedFiles files;
    private final TransactionTemplate tx;
    private final NumberWithdrawals withdrawals;
    private final Oppositions oppositions;
    private final OutputGate gate;
    private final SmsProperties settings;
    private final RaccrochageProperties properties;

    SmsReturnImportService(JdbcSmsDao dao, ReceivedFiles files, TransactionTemplate tx, NumberWithdrawals withdrawals,
            Oppositions oppositions, OutputGate gate, SmsProperties settings, RaccrochageProperties properties) {
        this.gate = gate;
        this.dao = dao;
        this.files = files;
        this.tx = tx;
        this.withdrawals = withdrawals;
        this.oppositions = oppositions;
        this.settings = settings;
        this.properties = properties;
    }

    /** Reads and checks a file as a whole (refused with a French sentence when unusable); nothing stored. */
    public SmsReturnsFile inspect(Path file) {
        return SmsReturnsFile.read(file);
    }

    /** Checks every file before any is taken: one unusable file refuses them all, nothing stored. */
    public List<SmsReturnsFile> inspectAll(List<Path> files) {
        return files.stream().map(this::inspect).toList();
    }

    public ReturnsSummary importFile(SmsReturnsFile file, LocalDateTime now) {
        Optional<ReceivedFile> known = files.find(InboundKind.SMS_RETOURS, null, file.sha256()).filter(ReceivedFile::done);
        if (known.isPresent()) {
            ReceivedFile f = known.get();
            return new ReturnsSummary(files.label(f), true, f.read(), f.stored(), 0, f.rejected(), 0, 0, 0, 0, 0,
                    rejectFile(f));
        }
        ReturnsSummary summary = tx.execute(status -> store(file, now));
        if (summary.rejected() > 0) {
            files.writeRejects(files.find(InboundKind.SMS_RETOURS, null, file.sha256()).orElseThrow().id(),
                    summary.rejectFile());
        }
        return summary;
    }

    /** The folder of the returns' reject files, under the output folder. */
    public static Path rejectFolder(Path outputs) {
        return outputs.resolve(FOLDER).resolve("rejets");
    }

    /** Where a returns file's rejected lines go: {@code sorties/sms-retours/rejets/<nom>.rejets.csv}. */
    private Path rejectFile(ReceivedFile file) {
        return files.rejectFile(rejectFolder(properties.dossierSorties()), file);
    }

    private ReturnsSummary store(SmsReturnsFile file, LocalDateTime now) {
        long fileId = files.register(InboundKind.SMS_RETOURS, null, file.format());
        int stored = 0;
        int repeated = 0;
        List<RejectedLine> rejects = new ArrayList<>();
        int[] byStatus = new int[5];
        Map<String, LocalDateTime> unknown = new TreeMap<>();
        for (DeclaredLine line : file.lines()) {
            Verdict v = check(line, now);
            if (v.reason() != null) {
                rejects.add(new RejectedLine(line.number(), v.reason(), line.text()));
                continue;
            }
            if (dao.knownReturn(v.message().reference(), v.kind(), v.status(), v.at())) {
                repeated++;
                continue;
            }
            dao.insertReturn(fileId, line.number(), v.message().reference(), v.kind(), v.status(), v.at());
            apply(v);
            if (v.status().equals("NUMERO_INCONNU")) {
                unknown.merge(v.message().number(), v.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
            stored++;
            byStatus[switch (v.status()) {
                case "DELIVRE" -> 0;
                case "ECHEC" -> 1;
                case "NUMERO_INCONNU" -> 2;
                case "STOP" -> 3;
                default -> 4;
            }]++;
        }
        if (!unknown.isEmpty()) {
            // Once for the file: each wave holding one of the numbers is re-planned once.
            withdrawals.withdraw(unknown.keySet(), unknown.values().stream().max(LocalDateTime::compareTo).orElseThrow());
        }
        files.reject(fileId, rejects);
        files.complete(fileId, file.lines().size(), stored, rejects.size(), null);
        ReceivedFile received = files.get(fileId);
        return new ReturnsSummary(files.label(received), false, file.lines().size(), stored, repeated, rejects.size(),
                byStatus[0], byStatus[1], byStatus[2], byStatus[3], byStatus[4], rejectFile(received));
    }

    private void apply(Verdict v) {
        SmsMessage m = v.message();
        if (v.kind().equals("ACCUSE")) {
            // Reports may come out of order: the latest one gives the message's status.
            if (dao.latestReport(m.reference()).map(latest -> !latest.isAfter(v.at())).orElse(true)) {
                dao.setStatus(m.reference(), SmsMessage.Status.valueOf(v.status()), v.at());
            }
        } else if (v.status().equals("STOP")) {
            dao.recordStop(m.number(), v.at(), "réponse STOP au SMS " + m.reference());
            // A young person already barred (opposed, or erased) has nothing left to object to.
            if (settings.stop() == SmsProperties.StopRule.OPPOSITION && !gate.isBarred(m.personId())) {
                oppositions.oppose(m.personId(), m.owner().equals(CallNumber.Owner.JEUNE.name())
                        ? OppositionSource.JEUNE : OppositionSource.RESPONSABLE, "réponse STOP au SMS " + m.reference());
            }
        }
    }

    private Verdict check(DeclaredLine line, LocalDateTime now) {
        if (line.parseError() != null) {
            return Verdict.reject(line.parseError());
        }
        String type = normalized(line.get("TYPE"));
        String kind = switch (type) {
            case "ACCUSE", "ACCUSERECEPTION", "ACCUSEDERECEPTION", "DLR" -> "ACCUSE";
            case "REPONSE", "MO" -> "REPONSE";
            default -> null;
        };
        if (kind == null) {
            return Verdict.reject("TYPE « " + line.get("TYPE") + " » inconnu (ACCUSE ou REPONSE)");
        }
        Optional<String> number = PhoneNumber.e164(line.get("NUMERO"));
        if (number.isEmpty()) {
            return Verdict.reject("NUMERO « " + line.get("NUMERO") + " » illisible");
        }
        LocalDateTime at;
        try {
            at = ReturnDates.parse(line.get("DATE"));
        } catch (DateTimeParseException e) {
            return Verdict.reject("DATE « " + line.get("DATE") + " » illisible (attendu AAAA-MM-JJTHH:MM ou "
                    + "JJ/MM/AAAA HH:MM)");
        }
        if (at.isAfter(now)) {
            return Verdict.reject("DATE « " + line.get("DATE") + " » dans le futur");
        }
        String reference = line.get("REFERENCE");
        Optional<SmsMessage> message;
        if (reference.isEmpty()) {
            if (kind.equals("ACCUSE")) {
                return Verdict.reject("REFERENCE manquante pour un accusé de réception");
            }
            message = dao.latestTo(number.get());
            if (message.isEmpty()) {
                return Verdict.reject("aucun SMS envoyé au numéro « " + line.get("NUMERO") + " »");
            }
        } else {
            message = dao.message(reference);
            if (message.isEmpty()) {
                return Verdict.reject("REFERENCE « " + reference + " » inconnue");
            }
            if (!message.get().number().equals(number.get())) {
                return Verdict.reject("NUMERO « " + line.get("NUMERO") + " » : le SMS " + reference
                        + " n'a pas été envoyé à ce numéro");
            }
        }
        if (message.get().status() == SmsMessage.Status.ANNULE) {
            return Verdict.reject("le SMS " + message.get().reference() + " a été retenu avant l'envoi : il n'a pas été "
                    + "envoyé");
        }
        if (kind.equals("REPONSE")) {
            return new Verdict(null, message.get(), kind, StopReply.isStop(line.get("TEXTE")) ? "STOP" : "AUTRE", at);
        }
        String status = switch (normalized(line.get("STATUT"))) {
            case "DELIVRE", "DELIVERED", "RECU" -> "DELIVRE";
            case "ECHEC", "FAILED", "NONDELIVRE", "EXPIRE" -> "ECHEC";
            case "NUMEROINCONNU", "INCONNU", "UNKNOWN", "NUMEROINVALIDE" -> "NUMERO_INCONNU";
            default -> null;
        };
        if (status == null) {
            return Verdict.reject("STATUT « " + line.get("STATUT") + " » inconnu (DELIVRE, ECHEC ou NUMERO_INCONNU)");
        }
        return new Verdict(null, message.get(), kind, status, at);
    }

    private static String normalized(String code) {
        return java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[\\s_\\-']", "").toUpperCase(Locale.ROOT);
    }
}
