package fr.raccrochage.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.commune.CommuneResolver;
import fr.raccrochage.ingestion.normalize.Phone;
import fr.raccrochage.ingestion.normalize.PhoneNormalizer;
import fr.raccrochage.ingestion.normalize.PhoneType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class SieiLineProcessorTest {

    static final IngestionRules RULES = new IngestionRules("11", 16, 25, LocalDate.of(2026, 9, 1));
    static CommuneResolver communes;

    @BeforeAll
    static void loadCommunes() {
        communes = new CommuneResolver(CommuneDirectory.fromClasspath());
    }

    @TempDir
    Path dir;

    private List<ProcessedLine> process(Path file) {
        SieiFileFormat format = new SieiFileInspector(Map.of()).inspect(file);
        SieiLineReader reader = new SieiLineReader(format, new ImportProgress());
        SieiLineProcessor processor = new SieiLineProcessor(format, new PhoneNormalizer(), communes, RULES);
        reader.open(new ExecutionContext());
        List<ProcessedLine> lines = new ArrayList<>();
        SieiLine line;
        while ((line = reader.read()) != null) {
            lines.add(processor.process(line));
        }
        reader.close();
        return lines;
    }

    private SieiRecord accepted(List<ProcessedLine> lines, int lineNumber) {
        return lines.stream().filter(l -> l.lineNumber() == lineNumber).map(l -> ((ProcessedLine.Accepted) l).record())
                .findFirst().orElseThrow();
    }

    @Test
    void shouldNormalizeACompleteRecord() {
        SieiRecord r = accepted(process(SieiFiles.sampleWave(dir.resolve("v.csv"))), 2);
        assertThat(r.ine()).isEqualTo("123456789AB");
        assertThat(r.nom()).isEqualTo("Martin");
        assertThat(r.prenom()).isEqualTo("Hélène");
        assertThat(r.dateNaissance()).isEqualTo(LocalDate.of(2008, 3, 12));
        assertThat(r.sexe()).isEqualTo("F");
        assertThat(r.telJeune()).isEqualTo(new Phone("+33612345678", PhoneType.MOBILE));
        assertThat(r.emailJeune()).isEqualTo("helene.martin@example.org");
        assertThat(r.codeInseeResidence()).isEqualTo("93066");
        assertThat(r.residenceSource()).isEqualTo(ResidenceSource.JEUNE);
        assertThat(r.resp1()).isEqualTo(new Guardian("MARTIN", "Paul", new Phone("+33148203040", PhoneType.FIXE), null, "93066"));
        assertThat(r.uai()).isEqualTo("0930123A");
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void shouldTakeTheFirstGuardiansCommuneAndKeepTheParisArrondissement() {
        SieiRecord r = accepted(process(SieiFiles.sampleWave(dir.resolve("v.csv"))), 3);
        assertThat(r.codeInseeResidence()).isEqualTo("75111");
        assertThat(r.residenceSource()).isEqualTo(ResidenceSource.RESP1);
        assertThat(r.dateNaissance()).isEqualTo(LocalDate.of(2007, 1, 31));
        assertThat(r.resp1().phone().e164()).isEqualTo("+33612345679");
    }

    @Test
    void shouldReadAQuotedMultiLineAddressAndResolveAFormerCommuneByItsOldName() {
        List<ProcessedLine> lines = process(SieiFiles.sampleWave(dir.resolve("v.csv")));
        SieiRecord r = accepted(lines, 4);
        assertThat(r.adresse()).isEqualTo("Bât. B 12, allée des Lilas");
        assertThat(r.codeInseeResidence()).isEqualTo("77316");
        assertThat(r.sexe()).isEqualTo("F");
        assertThat(r.ine()).isEqualTo("1234A56789D");
        assertThat(lines).extracting(ProcessedLine::lineNumber).containsExactly(2, 3, 4, 6, 7, 8, 9, 10);
    }

    @Test
    void shouldRejectLinesWithoutNameOrWithAnImpossibleBirthDate() {
        List<ProcessedLine> lines = process(SieiFiles.sampleWave(dir.resolve("v.csv")));
        assertThat(lines).filteredOn(ProcessedLine.Rejected.class::isInstance)
                .extracting(l -> ((ProcessedLine.Rejected) l).lineNumber() + " " + ((ProcessedLine.Rejected) l).reason())
                .containsExactly("6 nom absent", "7 date de naissance impossible : 31/02/2008");
    }

    @Test
    void shouldFlagOutOfRegionInvalidPhoneBadIneAndAge() {
        SieiRecord r = accepted(process(SieiFiles.sampleWave(dir.resolve("v.csv"))), 8);
        assertThat(r.codeInseeResidence()).isEqualTo("69123");
        assertThat(r.sexe()).isEqualTo("M");
        assertThat(r.ine()).isNull();
        assertThat(r.flags()).containsExactlyInAnyOrder(RecordFlag.HORS_REGION, RecordFlag.TELEPHONE_INVALIDE,
                RecordFlag.INE_INVALIDE, RecordFlag.HORS_AGE, RecordFlag.SANS_TELEPHONE);
    }

    @Test
    void shouldKeepAnUnresolvableRecordFlagged() {
        SieiRecord r = accepted(process(SieiFiles.sampleWave(dir.resolve("v.csv"))), 9);
        assertThat(r.codeInseeResidence()).isNull();
        assertThat(r.residenceSource()).isEqualTo(ResidenceSource.NONE);
        assertThat(r.flags()).containsExactlyInAnyOrder(RecordFlag.COMMUNE_INCONNUE, RecordFlag.SANS_TELEPHONE);
    }

    @Test
    void shouldFallBackToTheSecondGuardiansCommune() {
        SieiRecord r = accepted(process(SieiFiles.sampleWave(dir.resolve("v.csv"))), 10);
        assertThat(r.codeInseeResidence()).isEqualTo("95127");
        assertThat(r.residenceSource()).isEqualTo(ResidenceSource.RESP2);
        assertThat(r.resp2().phone().e164()).isEqualTo("+33130405060");
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void shouldRejectALineWithTheWrongNumberOfFieldsAndKeepUnknownColumns() {
        Path file = SieiFiles.utf8WithBom(dir.resolve("w.csv"),
                "NOM;PRENOM;DATE_NAISSANCE;Observation",
                "Martin;Léo;01/02/2008;suivi CIO",
                "Martin;Léo;01/02/2008;x;y",
                "Martin;Léo;01/02/2008;;;");
        List<ProcessedLine> lines = process(file);
        assertThat(((ProcessedLine.Accepted) lines.get(0)).record().otherColumns()).isEqualTo("Observation=suivi CIO");
        assertThat(((ProcessedLine.Rejected) lines.get(1)).reason()).isEqualTo("nombre de colonnes incorrect : 5 au lieu de 4");
        assertThat(lines.get(2)).isInstanceOf(ProcessedLine.Accepted.class);
    }

    @Test
    void shouldRejectTheRestOfAFileWhoseQuoteIsNeverClosed() {
        Path file = SieiFiles.utf8WithBom(dir.resolve("q.csv"),
                "NOM;PRENOM;DATE_NAISSANCE",
                "Martin;Léo;01/02/2008",
                "\"Durand;Zoé;01/02/2008",
                "Petit;Ana;01/02/2008");
        List<ProcessedLine> lines = process(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isInstanceOfSatisfying(ProcessedLine.Rejected.class, r -> {
            assertThat(r.lineNumber()).isEqualTo(3);
            assertThat(r.reason()).contains("guillemet non fermé");
        });
    }
}
