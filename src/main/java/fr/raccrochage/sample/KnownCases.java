package fr.raccrochage.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes {@code connus.csv} (partners' known cases: {@code INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE})
 * and its truth {@code verite-connus.csv} ({@code ligne;personne_id;statut}). Some 3 % of the listed young people
 * are known: followed by the mission locale covering their commune (SUIVI), found in a solution, or opposed to
 * contact; a few known cases are people absent from the lists. Names are written the partner's way (capitals,
 * accents dropped, first first name only) and the INE is often missing.
 */
final class KnownCases {

    static final List<String> HEADERS =
            List.of("INE", "NOM", "PRENOM", "DATE_NAISSANCE", "PARTENAIRE_ID", "STATUT", "DATE");
    static final List<String> TRUTH_HEADERS = List.of("ligne", "personne_id", "statut");
    static final double LISTED_RATE = 0.03;
    static final double UNLISTED_RATE = 0.005;

    private record Known(String[] fields, String personId) {
    }

    private final Geography geography;
    private final LocalDate referenceDate;
    private final CsvFileWriter file;
    private final CsvFileWriter truth;
    private final ShuffleBuffer<Known> buffer;

    KnownCases(Geography geography, LocalDate referenceDate, CsvFileWriter file, CsvFileWriter truth, Rng shuffle)
            throws IOException {
        this.geography = geography;
        this.referenceDate = referenceDate;
        this.file = file;
        this.truth = truth;
        file.header(HEADERS);
        truth.header(TRUTH_HEADERS);
        this.buffer = new ShuffleBuffer<>(256, shuffle, k -> null, this::write);
    }

    /** Maybe records the person as a known case; {@code person.id()} null for someone not in the lists. */
    void offer(Person person, Rng rng) throws IOException {
        Place residence = person.residence();
        String missionLocale = geography.missionLocale(residence);
        String cio = geography.cio(residence);
        if (missionLocale == null || cio == null) {
            return;
        }
        String status;
        String partner;
        switch (rng.weighted(50, 30, 20)) {
            case 0 -> {
                status = "SUIVI";
                partner = missionLocale;
            }
            case 1 -> {
                status = "EN_SOLUTION";
                partner = rng.chance(0.6) ? cio : missionLocale;
            }
            default -> {
                status = "OPPOSITION";
                partner = rng.chance(0.5) ? cio : missionLocale;
            }
        }
        boolean upper = rng.chance(0.5);
        boolean strip = rng.chance(0.3);
        String lastName = upper ? Texts.upper(person.lastName()) : person.lastName();
        List<String> given = person.firstNames().size() > 1 && rng.chance(0.5)
                ? List.of(person.firstNames().get(0)) : person.firstNames();
        String firstNames = String.join(" ", given);
        if (upper && rng.chance(0.5)) {
            firstNames = Texts.upper(firstNames);
        }
        if (strip) {
            lastName = Texts.stripAccents(lastName);
            firstNames = Texts.stripAccents(firstNames);
        }
        String ine = person.ine() == null || rng.chance(0.35) ? "" : person.ine();
        String date = Dates.french(referenceDate.minusDays(rng.between(5, 400)));
        String[] fields = {ine, lastName, firstNames, Dates.french(person.birthDate()), partner, status, date};
        buffer.add(new Known(fields, person.id() == null ? "" : person.id()));
    }

    private void write(Known known) throws IOException {
        long line = file.write(known.fields());
        truth.write(Long.toString(line), known.personId(), known.fields()[5]);
    }

    void finish() throws IOException {
        buffer.flush();
    }
}
