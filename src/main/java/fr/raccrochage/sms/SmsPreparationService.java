package fr.raccrochage.sms;

import fr.raccrochage.calls.CallsProperties;
import fr.raccrochage.calls.CallNumber;
import fr.raccrochage.calls.WaveNotPlannedException;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.privacy.OutputGate;
import fr.raccrochage.ingestion.FileRefusedException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code sms preparer} and the night: one SMS per open case whose next attempt falls on the next
 * calling day(s), to the young person's mobile (or, by a setting, a guardian's mobile for a minor
 * with none), never to a landline, a withdrawn number, a number that answered STOP or a young person
 * the {@link OutputGate} bars; the control group gets none. The batch of a wave and day is kept:
 * preparing it again adds only the cases that became due and writes the same file, checked again.
 */
@Service
public class SmsPreparationService {

    private static final Logger log = LoggerFactory.getLogger(SmsPreparationService.class);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter SEND_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /**
     * What a preparation did, counted over the cases whose calls it announces.
     *
     * @param announced open cases whose next attempt falls on the covered days
     * @param newMessages messages created by this run (0 when the batch was complete already)
     * @param inFile messages in the provider's file
     * @param control cases of the control group (no SMS, for the measure)
     * @param withoutMobile cases with no mobile an SMS may go to
     * @param stopped cases whose mobile answered STOP
     * @param barred messages held at the point of output (opposition, erasure, STOP or number withdrawn since)
     * @param tooLate cases whose next attempt comes before the SMS could leave
     */
    public record PreparationSummary(String waveId, SendingPlan plan, int announced, int newMessages, int inFile,
            int reminders, int control, int withoutMobile, int stopped, int barred, int tooLate, int segments,
            Path file, Path manifest) {
    }

    private record Recipient(CaseNumber number, boolean guardian) {
    }

    private record CaseNumber(String number, CallNumber.Owner owner) {
    }

    private final JdbcSmsDao dao;
    private final OutputGate gate;
    private final SmsProperties settings;
    private final CallsProperties calls;
    private final RaccrochageProperties properties;

    SmsPreparationService(JdbcSmsDao dao, OutputGate gate, SmsProperties settings, CallsProperties calls,
            RaccrochageProperties properties) {
        this.dao = dao;
        this.gate = gate;
        this.settings = settings;
        this.calls = calls;
        this.properties = properties;
    }

    /** The templates and sender checked, refused with every reason when they cannot be used. */
    public TemplateLinter.Lint lint() {
        return TemplateLinter.check(settings);
    }

    public boolean wavePlanned(String waveId) {
        return dao.wavePlanned(waveId);
    }

    @Transactional
    public PreparationSummary prepare(String waveId, LocalDate preparedOn, LocalDateTime now) {
        if (!dao.wavePlanned(waveId)) {
            throw new WaveNotPlannedException(waveId);
        }
        TemplateLinter.Lint lint = lint();
        if (!lint.usable()) {
            throw new FileRefusedException("Réglages SMS refusés, aucun SMS préparé : " + String.join(" ; ",
                    lint.problems()) + ".");
        }
        SendingPlan plan = SendingPlan.of(preparedOn, settings.heureEnvoi(), settings.joursCouverts(),
                settings.sendingHours(), calls.hours());
        long lotId = dao.lot(waveId, preparedOn).orElseGet(() -> dao.insertLot(waveId, preparedOn, plan.sendAt(), now));
        Map<String, List<JdbcSmsDao.CaseNumber>> numbers = dao.numbers(waveId);
        Map<Long, JdbcSmsDao.PersonFacts> persons = dao.persons(waveId);
        Set<String> stops = dao.stoppedNumbers();
        Map<String, Set<SmsMessage.Kind>> kinds = dao.kindsByCase(waveId);
        Map<String, ControlGroup.Group> groups = dao.groups(waveId);
        Map<String, ControlGroup.Group> drawn = new LinkedHashMap<>();
        List<JdbcSmsDao.OpenCase> due = dao.openCases(waveId).stream()
                .filter(c -> plan.announces(c.nextAttempt())).toList();
        Set<Long> barredNow = gate.barred(due.stream().map(JdbcSmsDao.OpenCase::personId).toList());
        List<SmsMessage> created = new ArrayList<>();
        int sequence = dao.messageCount(lotId);
        int control = 0;
        int withoutMobile = 0;
        int stopped = 0;
        int tooLate = 0;
        int reminders = 0;
        int barredAtSelection = 0;
        for (JdbcSmsDao.OpenCase c : due) {
            Optional<SmsMessage.Kind> kind = kindDue(kinds.getOrDefault(c.idAppel(), Set.of()), c.failedAttempts());
            if (kind.isEmpty()) {
                continue;
            }
            if (barredNow.contains(c.personId())) {
                barredAtSelection++;
                continue;
            }
            JdbcSmsDao.PersonFacts facts = persons.get(c.personId());
            List<JdbcSmsDao.CaseNumber> caseNumbers = numbers.getOrDefault(c.idAppel(), List.of());
            Optional<Recipient> recipient = recipient(caseNumbers, facts, preparedOn, stops);
            if (recipient.isEmpty()) {
                if (mobiles(caseNumbers, facts, preparedOn).isEmpty()) {
                    withoutMobile++;
                } else {
                    stopped++;
                }
                continue;
            }
            ControlGroup.Group group = groups.computeIfAbsent(c.idAppel(), id -> {
                ControlGroup.Group g = ControlGroup.of(id, settings.groupeTemoinPourcent());
                drawn.put(id, g);
                return g;
            });
            if (group == ControlGroup.Group.TEMOIN) {
                control++;
                continue;
            }
            if (!plan.before(c.nextAttempt())) {
                tooLate++;
                continue;
            }
            Recipient r = recipient.get();
            SmsTemplate template = new SmsTemplate(r.guardian() ? settings.modeleResponsable() : settings.modele());
            String text = template.render(TemplateLinter.values(firstName(facts), settings));
            created.add(new SmsMessage(SmsMessage.reference(lotId, ++sequence), lotId, c.idAppel(), c.personId(),
                    kind.get(), r.number().number(), r.number().owner().name(), text, plan.sendAt(),
                    SmsMessage.Status.PREVU));
            if (kind.get() == SmsMessage.Kind.RELANCE) {
                reminders++;
            }
        }
        dao.insertGroups(waveId, drawn, now);
        dao.insertMessages(waveId, created, now);
        FileOutcome file = writeBatch(waveId, preparedOn, lotId, plan);
        log.info("SMS de la vague {} du {} : {} nouveaux, {} dans le fichier {}", waveId, preparedOn, created.size(),
                file.rows(), file.file());
        return new PreparationSummary(waveId, plan, due.size(), created.size(), file.rows(), reminders, control,
                withoutMobile, stopped, barredAtSelection + file.barred(), tooLate, file.segments(), file.file(), file.manifest());
    }

    /** ANNONCE once per case and wave; a RELANCE once, after the settings' number of failed attempts. */
    private Optional<SmsMessage.Kind> kindDue(Set<SmsMessage.Kind> had, int failedAttempts) {
        if (!had.contains(SmsMessage.Kind.ANNONCE)) {
            return Optional.of(SmsMessage.Kind.ANNONCE);
        }
        boolean reminderDue = settings.relanceApresEchecs() > 0 && failedAttempts >= settings.relanceApresEchecs()
                && !had.contains(SmsMessage.Kind.RELANCE);
        return reminderDue ? Optional.of(SmsMessage.Kind.RELANCE) : Optional.empty();
    }

    /** The mobiles an SMS could go to, STOP aside: the young person's own, else a guardian's for a minor. */
    private List<Recipient> mobiles(List<JdbcSmsDao.CaseNumber> numbers, JdbcSmsDao.PersonFacts facts,
            LocalDate on) {
        List<Recipient> own = numbers.stream()
                .filter(n -> n.owner() == CallNumber.Owner.JEUNE && n.type() == CallNumber.Type.MOBILE && !n.withdrawn())
                .map(n -> new Recipient(new CaseNumber(n.number(), n.owner()), false)).toList();
        if (!own.isEmpty() || !settings.responsableSiMineur() || !minor(facts, on)) {
            return own;
        }
        return numbers.stream()
                .filter(n -> n.owner() != CallNumber.Owner.JEUNE && n.type() == CallNumber.Type.MOBILE && !n.withdrawn())
                .sorted(java.util.Comparator.comparing(JdbcSmsDao.CaseNumber::owner))
                .map(n -> new Recipient(new CaseNumber(n.number(), n.owner()), true)).toList();
    }

    private Optional<Recipient> recipient(List<JdbcSmsDao.CaseNumber> numbers, JdbcSmsDao.PersonFacts facts,
            LocalDate on, Set<String> stops) {
        List<Recipient> mobiles = mobiles(numbers, facts, on);
        // One STOP from the young person's mobile ends the SMS to them: no other of their numbers is tried.
        if (mobiles.stream().anyMatch(r -> stops.contains(r.number().number()) && !r.guardian())) {
            return Optional.empty();
        }
        return mobiles.stream().filter(r -> !stops.contains(r.number().number())).findFirst();
    }

    private static boolean minor(JdbcSmsDao.PersonFacts facts, LocalDate on) {
        return facts != null && facts.birthDate() != null && Period.between(facts.birthDate(), on).getYears() < 18;
    }

    /** The first of the first names: SIEI lists give several, separated by commas ("Alice, Manon"). */
    static String firstName(JdbcSmsDao.PersonFacts facts) {
        if (facts == null || facts.firstName() == null) {
            return "";
        }
        return facts.firstName().split(",")[0].strip();
    }

    private record FileOutcome(Path file, Path manifest, int rows, int barred, int segments) {
    }

    /**
     * Writes the batch's file from what is stored, asking the gate last: a message whose young
     * person objected or was erased, whose number answered STOP or was withdrawn since it was
     * prepared is held (ANNULE if still only planned), so the file never carries it.
     */
    private FileOutcome writeBatch(String waveId, LocalDate preparedOn, long lotId, SendingPlan plan) {
        List<SmsMessage> messages = dao.messagesOfLot(lotId).stream()
                .filter(m -> m.status() != SmsMessage.Status.ANNULE).toList();
        Set<Long> barred = gate.barred(messages.stream().map(SmsMessage::personId).toList());
        OutputGate.WithdrawnNumbers rectified = gate.withdrawnNumbers(messages.stream().map(SmsMessage::personId).toList());
        Set<String> stops = dao.stoppedNumbers();
        Map<String, List<JdbcSmsDao.CaseNumber>> numbers = dao.numbers(waveId);
        List<String[]> rows = new ArrayList<>();
        int held = 0;
        int segments = 0;
        for (SmsMessage m : messages) {
            boolean withdrawn = numbers.getOrDefault(m.idAppel(), List.of()).stream()
                    .anyMatch(n -> n.number().equals(m.number()) && n.withdrawn())
                    || rectified.contains(m.personId(), m.number());
            if (barred.contains(m.personId()) || stops.contains(m.number()) || withdrawn) {
                held++;
                if (m.status() == SmsMessage.Status.PREVU) {
                    dao.setStatus(m.reference(), SmsMessage.Status.ANNULE, null);
                }
                continue;
            }
            segments += SmsEncoding.of(m.text()).segments();
            rows.add(new String[] {m.reference(), m.number(), m.text(), SEND_TIME.format(m.sendAt().atZone(PARIS)),
                settings.expediteur()});
        }
        Path file = SmsFiles.batchFile(properties, waveId, preparedOn);
        String sha256 = SmsFiles.write(file, SmsFiles.HEADER, rows);
        Path manifest = SmsFiles.manifestFile(properties, waveId, preparedOn);
        SmsFiles.write(manifest, SmsFiles.MANIFEST_HEADER, List.<String[]>of(new String[] {file.getFileName().toString(),
            waveId, preparedOn.toString(), SEND_TIME.format(plan.sendAt().atZone(PARIS)), settings.expediteur(),
            String.valueOf(rows.size()), String.valueOf(segments), sha256}));
        dao.updateLot(lotId, file.toString(), sha256, rows.size());
        return new FileOutcome(file, manifest, rows.size(), held, segments);
    }
}
