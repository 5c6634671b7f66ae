package fr.raccrochage.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes a person as one record's fields, the way each source writes them: capitals or title case, accents or
 * not, phone and date formats, commune names abbreviated ("ST DENIS", "PARIS 11E"), INSEE code or not…
 * The result holds the {@link SieiColumn} values in their order, then the CFA file's observation.
 */
final class RecordRenderer {

    static final int OBSERVATION = SieiColumn.values().length;
    static final int WIDTH = OBSERVATION + 1;

    private static final int OFFICIAL = 0;
    private static final int UPPER_PLAIN = 1;
    private static final int UPPER_ABBREVIATED = 2;
    private static final int PLAIN = 3;

    private final List<String> observations;
    private final List<String> quotedObservations;

    RecordRenderer() {
        List<String> all = Resources.lines(Resources.BASE + "observations.txt");
        this.observations = all;
        this.quotedObservations = all.stream().filter(o -> o.indexOf('"') >= 0).toList();
        if (quotedObservations.isEmpty()) {
            throw new IllegalStateException("observations.txt needs a remark with double quotes");
        }
    }

    String[] render(Person person, OutputFile file, RenderFlags flags, Rng rng) {
        boolean en = file == OutputFile.EN;
        String[] f = new String[WIDTH];
        NameStyle names = NameStyle.draw(en, flags, rng);
        String lastName = names.last(person.lastName());
        String firstNames = names.first(person.firstNames());
        f[SieiColumn.INE.ordinal()] = person.ine() == null ? "" : person.ine();
        f[SieiColumn.NOM.ordinal()] = flags.swappedNames() ? firstNames : lastName;
        f[SieiColumn.PRENOM.ordinal()] = flags.swappedNames() ? lastName : firstNames;
        boolean iso = rng.chance(en ? 0.08 : 0.15);
        f[SieiColumn.DATE_NAISSANCE.ordinal()] = date(person.birthDate(), iso);
        f[SieiColumn.SEXE.ordinal()] = sex(person.sex(), en, rng);
        f[SieiColumn.TEL_JEUNE.ordinal()] = person.badPhone() != null ? person.badPhone()
                : person.phone() == null ? "" : Phones.format(person.phone(), rng);
        f[SieiColumn.EMAIL_JEUNE.ordinal()] = person.email() == null ? "" : person.email();
        int addressStyle = flags.upperCase() ? UPPER_PLAIN + rng.below(2) : rng.weighted(35, 35, 20, 10);
        boolean stripAddress = flags.noAccents() && addressStyle == OFFICIAL;
        boolean withCode = rng.chance(en ? 0.45 : 0.25);
        boolean multiline = !en && (flags.multilineAddress() || rng.chance(0.003));
        address(f, SieiColumn.ADRESSE.ordinal(), person.address(), addressStyle, stripAddress, withCode, en,
                multiline, rng);

        Family family = person.family();
        Guardian resp1 = family.resp1();
        boolean resp1Address = person.address() == null || rng.chance(0.85);
        guardian(f, SieiColumn.RESP1_NOM.ordinal(), resp1, resp1Address, names, addressStyle, stripAddress,
                withCode, en, rng);
        Guardian resp2 = family.resp2();
        guardian(f, SieiColumn.RESP2_NOM.ordinal(), resp2, rng.chance(0.75), names, addressStyle, stripAddress,
                withCode, en, rng);

        Schooling schooling = person.schooling();
        f[SieiColumn.UAI.ordinal()] = schooling.school().uai();
        String school = schooling.school().name();
        f[SieiColumn.ETABLISSEMENT.ordinal()] = !en && rng.chance(0.3) ? Texts.upper(school) : school;
        f[SieiColumn.FORMATION.ordinal()] = schooling.training();
        f[SieiColumn.DATE_SORTIE.ordinal()] = date(schooling.exitDate(), iso);
        f[SieiColumn.SOURCE.ordinal()] = schooling.source().name();
        if (en) {
            f[OBSERVATION] = "";
        } else if (flags.quotedObservation()) {
            f[OBSERVATION] = rng.pick(quotedObservations);
        } else {
            f[OBSERVATION] = rng.chance(0.15) ? rng.pick(observations) : "";
        }
        return f;
    }

    private static String date(LocalDate date, boolean iso) {
        return iso ? Dates.iso(date) : Dates.french(date);
    }

    private static String sex(char sex, boolean en, Rng rng) {
        boolean male = sex == 'M';
        int code = en ? rng.weighted(90, 7, 3, 0) : rng.weighted(35, 15, 35, 15);
        return switch (code) {
            case 0 -> male ? "M" : "F";
            case 1 -> male ? "1" : "2";
            case 2 -> male ? "H" : "F";
            default -> male ? "G" : "F";
        };
    }

    private void guardian(String[] f, int start, Guardian guardian, boolean withAddress, NameStyle names,
            int addressStyle, boolean stripAddress, boolean withCode, boolean en, Rng rng) {
        if (guardian == null) {
            for (int i = 0; i < 8; i++) {
                f[start + i] = "";
            }
            return;
        }
        f[start] = names.last(guardian.lastName());
        f[start + 1] = names.first(List.of(guardian.firstName()));
        f[start + 2] = guardian.phone() == null ? "" : Phones.format(guardian.phone(), rng);
        f[start + 3] = guardian.email() == null ? "" : guardian.email();
        address(f, start + 4, withAddress ? guardian.address() : null, addressStyle, stripAddress, withCode, en,
                false, rng);
    }

    /** Fills address line, postal code, commune and INSEE code from {@code start}; blanks when no address. */
    private void address(String[] f, int start, Address address, int style, boolean strip, boolean withCode,
            boolean en, boolean multiline, Rng rng) {
        if (address == null) {
            f[start] = "";
            f[start + 1] = "";
            f[start + 2] = "";
            f[start + 3] = "";
            return;
        }
        f[start] = streetLine(address, style, strip, en, multiline, rng);
        f[start + 1] = address.postalCode();
        Place place = address.place();
        f[start + 2] = place.isParis() ? paris(place.parisArrondissement(), style, rng) : commune(place.name(), style,
                strip, rng);
        String code = "";
        if (withCode && place.code() != null) {
            code = place.isParis() && rng.chance(0.35) ? "75056" : place.code();
        }
        f[start + 3] = code;
    }

    private static String streetLine(Address address, int style, boolean strip, boolean en, boolean multiline,
            Rng rng) {
        String separator = !en && rng.chance(0.2) ? ", " : " ";
        String line = address.number() + separator + address.street();
        String complement = address.complement();
        if (multiline && complement == null) {
            complement = "Résidence Les Tilleuls";
        }
        String text;
        if (complement == null) {
            text = line;
        } else if (multiline) {
            text = complement + "\n" + line;
        } else if (rng.chance(0.6)) {
            text = complement + (en ? " " : ", ") + line;
        } else {
            text = line + (en ? " " : ", ") + complement;
        }
        return switch (style) {
            case OFFICIAL -> strip ? Texts.stripAccents(text) : text;
            case UPPER_PLAIN -> Texts.upper(Texts.withoutHyphens(Texts.stripAccents(text), false));
            case UPPER_ABBREVIATED -> abbreviateStreet(Texts.upper(Texts.withoutHyphens(Texts.stripAccents(text),
                    true)));
            default -> Texts.title(Texts.stripAccents(text));
        };
    }

    /** "12 RUE DU GENERAL DE GAULLE" → "12 R DU GAL DE GAULLE". */
    private static String abbreviateStreet(String upper) {
        String text = Texts.abbreviate(upper);
        return text.replace(" RUE ", " R ").replace(" AVENUE ", " AV ").replace(" BOULEVARD ", " BD ")
                .replace(" ALLEE ", " ALL ").replace(" PLACE ", " PL ").replace(" CHEMIN ", " CHE ")
                .replace(" IMPASSE ", " IMP ").replace(" ROUTE ", " RTE ").replace(" SQUARE ", " SQ ")
                .replace("BATIMENT ", "BAT ").replace("RESIDENCE ", "RES ");
    }

    private static String commune(String name, int style, boolean strip, Rng rng) {
        return switch (style) {
            case OFFICIAL -> strip ? Texts.stripAccents(name) : name;
            case UPPER_PLAIN -> Texts.upper(Texts.withoutHyphens(Texts.stripAccents(name), rng.chance(0.5)));
            case UPPER_ABBREVIATED -> Texts.abbreviate(Texts.upper(Texts.withoutHyphens(Texts.stripAccents(name),
                    rng.chance(0.5))));
            default -> Texts.withoutHyphens(Texts.stripAccents(name), false);
        };
    }

    /** "Paris", "Paris 11e", "PARIS 11", "PARIS 11E", "PARIS 11EME", "Paris 11e Arrondissement"… */
    private static String paris(int arrondissement, int style, Rng rng) {
        String ordinal = arrondissement == 1 ? "er" : "e";
        if (style == OFFICIAL || style == PLAIN) {
            return switch (rng.weighted(35, 45, 20)) {
                case 0 -> "Paris";
                case 1 -> "Paris " + arrondissement + ordinal;
                default -> "Paris " + arrondissement + ordinal + " Arrondissement";
            };
        }
        return switch (rng.weighted(25, 35, 20, 10, 10)) {
            case 0 -> "PARIS";
            case 1 -> "PARIS " + arrondissement;
            case 2 -> "PARIS " + arrondissement + Texts.upper(ordinal);
            case 3 -> "PARIS " + arrondissement + (arrondissement == 1 ? "ER" : "EME");
            default -> "PARIS " + Texts.pad(arrondissement, 2);
        };
    }

    /** How one record writes names; guardians' names follow the young person's. */
    private record NameStyle(boolean lastUpper, boolean lastStrip, boolean firstUpper, boolean firstStrip,
            String separator) {

        static NameStyle draw(boolean en, RenderFlags flags, Rng rng) {
            boolean lastUpper = flags.upperCase() || rng.chance(en ? 0.8 : 0.5);
            boolean lastStrip = flags.noAccents() || (lastUpper && rng.chance(en ? 0.5 : 0.6));
            int first = flags.upperCase() ? 1 : en ? rng.weighted(75, 18, 7) : rng.weighted(60, 30, 10);
            boolean firstStrip = flags.noAccents() || first == 2 || (first == 1 && rng.chance(0.5));
            String separator = switch (rng.weighted(55, 30, 15)) {
                case 0 -> " ";
                case 1 -> ", ";
                default -> ",";
            };
            return new NameStyle(lastUpper, lastStrip, first == 1, firstStrip, separator);
        }

        String last(String name) {
            String written = lastUpper ? Texts.upper(name) : Texts.title(name);
            return lastStrip ? Texts.stripAccents(written) : written;
        }

        String first(List<String> names) {
            String joined = names.size() == 1 ? names.get(0) : String.join(separator, names);
            String written = firstUpper ? Texts.upper(joined) : joined;
            return firstStrip ? Texts.stripAccents(written) : written;
        }
    }
}
