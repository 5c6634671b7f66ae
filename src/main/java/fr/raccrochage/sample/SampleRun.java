package fr.raccrochage.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One generation: the main loop over groups of persons (single, twins, siblings, homonyms) and the writers. */
final class SampleRun {

    static final double TWINS = 0.002;
    static final double SIBLINGS = 0.003;
    static final double HOMONYMS = 0.002;
    /** The no-identifier variant: more homonyms, more duplicates, up to five records a person. */
    static final double HOMONYMS_WITHOUT_IDENTIFIERS = 0.01;
    static final double DUPLICATED_WITHOUT_IDENTIFIERS = 0.15;
    static final double DUPLICATED = 0.08;
    static final double TRIPLICATED = 0.15;
    static final double BAD_LINE = 0.005;
    /** From this size on, the sample holds every feature at least once (twins, siblings, homonyms…). */
    static final int FULL_FEATURED = 20;

    private enum Group { SINGLE, TWINS, SIBLINGS, HOMONYMS }

    private final SampleRequest request;
    private final Geography geography;
    private final Rng rng;
    private final Rng shuffleRng;
    private final Rng knownShuffleRng;
    private final int[] cfaOrder;

    private PersonFactory factory;
    private RecordRenderer renderer;
    private DuplicateMaker duplicates;
    private KnownCases known;
    private ShuffleBuffer<Row> enBuffer;
    private ShuffleBuffer<Row> cfaBuffer;
    private CsvFileWriter enFile;
    private CsvFileWriter cfaFile;
    private CsvFileWriter enTruth;
    private CsvFileWriter cfaTruth;

    private int personCount;
    private int duplicateCount;
    private int badLineCount;
    private boolean multilineDone;
    private boolean quotedDone;

    SampleRun(SampleRequest request, Geography geography, Names names) {
        this.request = request;
        this.geography = geography;
        Rng root = new Rng(request.seed());
        this.rng = root.split();
        this.shuffleRng = root.split();
        this.knownShuffleRng = root.split();
        Rng schoolRng = root.split();
        List<SieiColumn> order = SieiSampleGenerator.CFA_COLUMN_ORDER;
        this.cfaOrder = new int[order.size() + 1];
        for (int i = 0; i < order.size(); i++) {
            cfaOrder[i] = order.get(i).ordinal();
        }
        cfaOrder[order.size()] = RecordRenderer.OBSERVATION;
        LocalDate reference = request.referenceDate();
        this.factory = new PersonFactory(names, geography, Schools.create(geography, schoolRng), reference);
        this.renderer = new RecordRenderer();
        this.duplicates = new DuplicateMaker(factory);
    }

    SampleReport run() throws IOException {
        Path dir = request.outputDirectory();
        Files.createDirectories(dir);
        Path en = dir.resolve(SieiSampleGenerator.EN_FILE);
        Path cfa = dir.resolve(SieiSampleGenerator.CFA_FILE);
        Path truth = dir.resolve(SieiSampleGenerator.TRUTH_FILE);
        Path cfaTruthPart = dir.resolve("." + SieiSampleGenerator.TRUTH_FILE + ".cfa.tmp");
        Path knownPath = dir.resolve(SieiSampleGenerator.KNOWN_FILE);
        Path knownTruth = dir.resolve(SieiSampleGenerator.KNOWN_TRUTH_FILE);
        try {
            try (CsvFileWriter enW = new CsvFileWriter(en, StandardCharsets.UTF_8, true, ';', "\r\n");
                    CsvFileWriter cfaW = new CsvFileWriter(cfa, SieiSampleGenerator.CFA_CHARSET, false, ',', "\n");
                    CsvFileWriter enT = new CsvFileWriter(truth, StandardCharsets.UTF_8, false, ';', "\n");
                    CsvFileWriter cfaT = new CsvFileWriter(cfaTruthPart, StandardCharsets.UTF_8, false, ';', "\n");
                    CsvFileWriter knownW = new CsvFileWriter(knownPath, StandardCharsets.UTF_8, false, ';', "\n");
                    CsvFileWriter knownT = new CsvFileWriter(knownTruth, StandardCharsets.UTF_8, false, ';', "\n")) {
                enFile = enW;
                cfaFile = cfaW;
                enTruth = enT;
                cfaTruth = cfaT;
                enW.header(SieiSampleGenerator.EN_HEADERS);
                cfaW.header(SieiSampleGenerator.CFA_HEADERS);
                enT.header(SieiSampleGenerator.TRUTH_HEADERS);
                known = new KnownCases(geography, request.referenceDate(), knownW, knownT, knownShuffleRng);
                enBuffer = new ShuffleBuffer<>(SieiSampleGenerator.SHUFFLE_BUFFER, shuffleRng, Row::personId,
                        this::writeEn);
                cfaBuffer = new ShuffleBuffer<>(SieiSampleGenerator.SHUFFLE_BUFFER, shuffleRng, Row::personId,
                        this::writeCfa);
                generate();
                enBuffer.flush();
                cfaBuffer.flush();
                known.finish();
            }
            try (OutputStream out = Files.newOutputStream(truth, StandardOpenOption.APPEND)) {
                Files.copy(cfaTruthPart, out);
            }
        } finally {
            Files.deleteIfExists(cfaTruthPart);
        }
        int records = personCount + duplicateCount + badLineCount;
        return new SampleReport(List.of(en, cfa, truth, knownPath, knownTruth), personCount, records, duplicateCount,
                badLineCount);
    }

    private void generate() throws IOException {
        int total = request.persons();
        int group = 0;
        while (personCount < total) {
            int remaining = total - personCount;
            Group kind = drawGroup(group, total, remaining);
            List<Person> persons = switch (kind) {
                case SINGLE -> List.of(single());
                case TWINS -> twins();
                case SIBLINGS -> siblings(Math.min(remaining, rng.chance(0.2) ? 3 : 2));
                case HOMONYMS -> homonyms();
            };
            for (Person person : persons) {
                emitPerson(person, group == 0 && total >= FULL_FEATURED);
                if (rng.chance(BAD_LINE) || (group == 0 && person == persons.get(0) && total >= FULL_FEATURED)) {
                    emitBadLine();
                }
            }
            group++;
        }
    }

    private Group drawGroup(int group, int total, int remaining) {
        if (remaining < 2) {
            return Group.SINGLE;
        }
        if (total >= FULL_FEATURED && group < 3) {
            return Group.values()[group + 1];
        }
        double draw = rng.below(1_000_000) / 1_000_000.0;
        if (draw < TWINS) {
            return Group.TWINS;
        }
        if (draw < TWINS + SIBLINGS) {
            return Group.SIBLINGS;
        }
        if (draw < TWINS + SIBLINGS + (request.withoutIdentifiers() ? HOMONYMS_WITHOUT_IDENTIFIERS : HOMONYMS)) {
            return Group.HOMONYMS;
        }
        return Group.SINGLE;
    }

    private String nextId() {
        return "P" + Texts.pad(personCount + 1L, 7);
    }

    private Person single() {
        Person person = factory.person(nextId(), factory.family(rng), factory.sex(rng), null, null, null, rng);
        personCount++;
        return person;
    }

    private List<Person> twins() {
        Family family = factory.family(rng);
        LocalDate born = factory.birthDate(rng);
        List<Person> twins = new ArrayList<>(2);
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            char sex = factory.sex(rng);
            List<String> given = factory.firstNames(family.origin(), sex, taken, rng);
            taken.add(given.get(0));
            twins.add(factory.person(nextId(), family, sex, given, born, "JUMEAU", rng));
            personCount++;
        }
        return twins;
    }

    /** Brothers and sisters: same guardians, home and home phone, births at least ten months apart. */
    private List<Person> siblings(int count) {
        Family family = factory.family(rng);
        LocalDate born = factory.birthDateAtAge(16 + rng.weighted(40, 35, 25), rng);
        List<Person> siblings = new ArrayList<>(count);
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                LocalDate older = born.minusDays(rng.between(310, 1000));
                born = factory.inAgeRange(older) ? older : born.minusDays(310);
            }
            char sex = factory.sex(rng);
            List<String> given = factory.firstNames(family.origin(), sex, taken, rng);
            taken.add(given.get(0));
            siblings.add(factory.person(nextId(), family, sex, given, born, "FRATRIE", rng));
            personCount++;
        }
        return siblings;
    }

    /** Two young people with the same names and birth date, from different families living elsewhere. */
    private List<Person> homonyms() {
        Family first = factory.family(rng);
        Person one = factory.person(nextId(), first, factory.sex(rng), null, null, "HOMONYME", rng);
        personCount++;
        Family second = factory.family(first.origin(), first.lastName(), rng);
        if (second.home().place().equals(first.home().place())) {
            second = factory.family(first.origin(), first.lastName(), rng);
        }
        Person two = factory.person(nextId(), second, one.sex(), one.firstNames(), one.birthDate(), "HOMONYME", rng);
        personCount++;
        return List.of(one, two);
    }

    private void emitPerson(Person person, boolean forceDuplicate) throws IOException {
        OutputFile file = person.schooling().source().file();
        RenderFlags flags = RenderFlags.NONE;
        if (file == OutputFile.CFA && person.address() != null && !multilineDone) {
            flags = flags.withMultilineAddress();
            multilineDone = true;
        }
        if (file == OutputFile.CFA && !quotedDone) {
            flags = flags.withQuotedObservation();
            quotedDone = true;
        }
        String familyId = person.family().id();
        add(file, new Row(render(person, file, flags), person.id(), SieiSampleGenerator.ORIGINAL,
                familyId, person.traits()));
        if (rng.chance(KnownCases.LISTED_RATE)) {
            known.offer(person, rng);
        }
        if (rng.chance(KnownCases.UNLISTED_RATE)) {
            known.offer(factory.person(null, factory.family(rng), factory.sex(rng), null, null, null, rng), rng);
        }
        int copies = copies(forceDuplicate);
        for (int i = 0; i < copies; i++) {
            Duplicate duplicate = duplicates.make(person, rng, request.withoutIdentifiers());
            add(duplicate.file(), new Row(render(duplicate.person(), duplicate.file(), duplicate.flags()),
                    person.id(), SieiSampleGenerator.DOUBLON, familyId, duplicate.tags()));
            duplicateCount++;
        }
    }

    private int copies(boolean forceDuplicate) {
        if (request.withoutIdentifiers()) {
            return forceDuplicate || rng.chance(DUPLICATED_WITHOUT_IDENTIFIERS) ? 1 + rng.weighted(45, 25, 18, 12) : 0;
        }
        return forceDuplicate || rng.chance(DUPLICATED) ? (rng.chance(TRIPLICATED) ? 2 : 1) : 0;
    }

    private String[] render(Person person, OutputFile file, RenderFlags flags) {
        String[] fields = renderer.render(person, file, flags, rng);
        if (request.withoutIdentifiers()) {
            withoutIdentifiers(fields);
        }
        return fields;
    }

    /**
     * Names, birth date, sex and address only: no INE, phone, e-mail or guardian. A young person
     * whose source gave only the guardians' address gets that address as theirs.
     */
    private static void withoutIdentifiers(String[] f) {
        int own = SieiColumn.ADRESSE.ordinal();
        int guardian = SieiColumn.RESP1_ADRESSE.ordinal();
        if (f[own].isEmpty() && !f[guardian].isEmpty()) {
            for (int i = 0; i < 4; i++) {
                f[own + i] = f[guardian + i];
            }
        }
        f[SieiColumn.INE.ordinal()] = "";
        f[SieiColumn.TEL_JEUNE.ordinal()] = "";
        f[SieiColumn.EMAIL_JEUNE.ordinal()] = "";
        for (SieiColumn column : SieiColumn.values()) {
            if (column.name().startsWith("RESP")) {
                f[column.ordinal()] = "";
            }
        }
    }

    /** A made-up young person, not counted among the persons, whose record is spoilt. */
    private void emitBadLine() throws IOException {
        Person person = factory.person(null, factory.family(rng), factory.sex(rng), null, null, null, rng);
        OutputFile file = person.schooling().source().file();
        String[] fields = render(person, file, RenderFlags.NONE);
        String defect = BadLines.spoil(fields, rng);
        add(file, new Row(fields, null, SieiSampleGenerator.LIGNE_INVALIDE, "", defect));
        badLineCount++;
    }

    private void add(OutputFile file, Row row) throws IOException {
        (file == OutputFile.EN ? enBuffer : cfaBuffer).add(row);
    }

    private void writeEn(Row row) throws IOException {
        long line = enFile.write(row.fields(), RecordRenderer.OBSERVATION);
        truth(enTruth, SieiSampleGenerator.EN_FILE, line, row);
    }

    private void writeCfa(Row row) throws IOException {
        String[] ordered = new String[cfaOrder.length];
        for (int i = 0; i < cfaOrder.length; i++) {
            ordered[i] = row.fields()[cfaOrder[i]];
        }
        long line = cfaFile.write(ordered);
        truth(cfaTruth, SieiSampleGenerator.CFA_FILE, line, row);
    }

    private static void truth(CsvFileWriter writer, String file, long line, Row row) throws IOException {
        writer.write(file, Long.toString(line), row.personId() == null ? "" : row.personId(), row.nature(),
                row.familyId(), row.details());
    }
}
