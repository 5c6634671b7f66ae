package fr.raccrochage.ingestion;

import static fr.raccrochage.ingestion.SieiField.*;

import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneResolver;
import fr.raccrochage.ingestion.normalize.FieldNormalizers;
import fr.raccrochage.ingestion.normalize.InvalidValueException;
import fr.raccrochage.ingestion.normalize.Phone;
import fr.raccrochage.ingestion.normalize.PhoneNormalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a read line into a normalized record, or into a reject with its reason: strict on what
 * identifies the young person (names, birth date), tolerant elsewhere (an unusable optional
 * value is dropped and flagged, the record kept).
 */
public class SieiLineProcessor implements ItemProcessor<SieiLine, ProcessedLine> {

    private final SieiFileFormat format;
    private final PhoneNormalizer phones;
    private final ResidenceRule residenceRule;
    private final IngestionRules rules;

    public SieiLineProcessor(SieiFileFormat format, PhoneNormalizer phones, CommuneResolver communes, IngestionRules rules) {
        this.format = format;
        this.phones = phones;
        this.residenceRule = new ResidenceRule(communes, rules.region());
        this.rules = rules;
    }

    @Override
    public ProcessedLine process(SieiLine line) {
        if (line.parseError() != null) {
            return new ProcessedLine.Rejected(line.lineNumber(), line.parseError(), "");
        }
        try {
            return new ProcessedLine.Accepted(toRecord(line));
        } catch (InvalidValueException e) {
            return new ProcessedLine.Rejected(line.lineNumber(), e.getMessage(), line.rawText(format.delimiter()));
        }
    }

    private SieiRecord toRecord(SieiLine line) {
        String[] row = checkWidth(line.fields());
        Values values = new Values(row);
        String nom = required(values.get(NOM), "nom absent");
        String prenom = required(values.get(PRENOM), "prénom absent");
        LocalDate birth = birthDate(values.get(DATE_NAISSANCE));
        Set<RecordFlag> flags = EnumSet.noneOf(RecordFlag.class);
        Phone telJeune = phone(values.get(TEL_JEUNE), flags);
        Guardian resp1 = guardian(values, RESP1_NOM, RESP1_PRENOM, RESP1_TEL, RESP1_EMAIL, flags);
        Guardian resp2 = guardian(values, RESP2_NOM, RESP2_PRENOM, RESP2_TEL, RESP2_EMAIL, flags);
        ResidenceRule.Addresses addresses = residenceRule.resolve(values::get);
        resp1 = withCommune(resp1, addresses.resp1());
        resp2 = withCommune(resp2, addresses.resp2());
        ResidenceRule.Residence residence = residenceRule.residence(addresses, flags);
        if (telJeune == null && (resp1 == null || resp1.phone() == null) && (resp2 == null || resp2.phone() == null)) {
            flags.add(RecordFlag.SANS_TELEPHONE);
        }
        int age = Period.between(birth, rules.referenceDate()).getYears();
        if (age < rules.ageMinimum() || age > rules.ageMaximum()) {
            flags.add(RecordFlag.HORS_AGE);
        }
        return new SieiRecord(line.lineNumber(),
                optional(values.get(INE), FieldNormalizers::ine, RecordFlag.INE_INVALIDE, flags),
                nom, prenom, birth,
                optional(values.get(SEXE), FieldNormalizers::sex, RecordFlag.SEXE_INVALIDE, flags),
                telJeune,
                optional(values.get(EMAIL_JEUNE), FieldNormalizers::email, RecordFlag.EMAIL_INVALIDE, flags),
                FieldNormalizers.name(values.get(ADRESSE)),
                optional(values.get(CODE_POSTAL), FieldNormalizers::postalCode, RecordFlag.CHAMP_INVALIDE, flags),
                FieldNormalizers.name(values.get(COMMUNE)),
                FieldNormalizers.name(values.get(CODE_COMMUNE)),
                resp1, resp2,
                optional(values.get(UAI), FieldNormalizers::uai, RecordFlag.CHAMP_INVALIDE, flags),
                FieldNormalizers.name(values.get(ETABLISSEMENT)),
                FieldNormalizers.name(values.get(FORMATION)),
                optional(values.get(DATE_SORTIE), FieldNormalizers::date, RecordFlag.CHAMP_INVALIDE, flags),
                optional(values.get(SOURCE), FieldNormalizers::source, RecordFlag.CHAMP_INVALIDE, flags),
                residence.codeInsee(), residence.source(), flags, otherColumns(row));
    }

    private String[] checkWidth(String[] row) {
        int width = format.header().width();
        if (row.length == width) {
            return row;
        }
        boolean onlyEmptyExtras = row.length > width;
        for (int i = width; i < row.length && onlyEmptyExtras; i++) {
            onlyEmptyExtras = row[i].isBlank();
        }
        if (onlyEmptyExtras) {
            return java.util.Arrays.copyOf(row, width);
        }
        throw new InvalidValueException("nombre de colonnes incorrect : %d au lieu de %d".formatted(row.length, width));
    }

    private static String required(String raw, String reason) {
        String value = FieldNormalizers.name(raw);
        if (value == null) {
            throw new InvalidValueException(reason);
        }
        return value;
    }

    private LocalDate birthDate(String raw) {
        LocalDate date = FieldNormalizers.date(raw, "date de naissance");
        if (date == null) {
            throw new InvalidValueException("date de naissance absente");
        }
        if (date.isAfter(rules.referenceDate())) {
            throw new InvalidValueException("date de naissance dans le futur : " + raw.strip());
        }
        return date;
    }

    private Phone phone(String raw, Set<RecordFlag> flags) {
        try {
            return phones.normalize(raw).orElse(null);
        } catch (InvalidValueException e) {
            flags.add(RecordFlag.TELEPHONE_INVALIDE);
            return null;
        }
    }

    private Guardian guardian(Values values, SieiField nom, SieiField prenom, SieiField tel, SieiField email,
            Set<RecordFlag> flags) {
        Guardian guardian = new Guardian(FieldNormalizers.name(values.get(nom)), FieldNormalizers.name(values.get(prenom)),
                phone(values.get(tel), flags),
                optional(values.get(email), FieldNormalizers::email, RecordFlag.EMAIL_INVALIDE, flags), null);
        return guardian.isEmpty() ? null : guardian;
    }

    private static Guardian withCommune(Guardian guardian, Optional<Commune> commune) {
        if (commune.isEmpty()) {
            return guardian;
        }
        Guardian base = guardian == null ? new Guardian(null, null, null, null, null) : guardian;
        return new Guardian(base.nom(), base.prenom(), base.phone(), base.email(), commune.get().codeInsee());
    }

    private static <T> T optional(String raw, Function<String, T> normalizer, RecordFlag flagIfInvalid, Set<RecordFlag> flags) {
        try {
            return normalizer.apply(raw);
        } catch (InvalidValueException e) {
            flags.add(flagIfInvalid);
            return null;
        }
    }

    private String otherColumns(String[] row) {
        StringBuilder other = new StringBuilder();
        for (int column : format.header().unknownColumns()) {
            if (!row[column].isBlank()) {
                other.append(other.isEmpty() ? "" : " | ").append(format.header().names().get(column).strip())
                        .append('=').append(row[column].strip());
            }
        }
        return other.isEmpty() ? null : other.substring(0, Math.min(other.length(), 2000));
    }

    private final class Values {
        private final String[] row;

        Values(String[] row) {
            this.row = row;
        }

        String get(SieiField field) {
            String value = format.header().value(row, field);
            return value == null || value.isBlank() ? null : value;
        }
    }
}
