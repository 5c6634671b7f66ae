package fr.raccrochage.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fixed pool of made-up schools per Île-de-France département and source (lycées and collèges for EN,
 * CFA for apprentices, farming schools for AGRI), and the trainings of {@code formations.csv}.
 */
final class Schools {

    private static final String UAI_KEYS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    /** EN school kinds and the track of their trainings. */
    private static final String[][] EN_KINDS = {
        {"Lycée professionnel", "PRO"}, {"Lycée professionnel", "PRO"}, {"Lycée polyvalent", "PRO"},
        {"Lycée polyvalent", "GT"}, {"Lycée des métiers", "PRO"}, {"Lycée général et technologique", "GT"},
        {"Collège", "COLLEGE"}
    };
    private static final String[] CFA_KINDS = {
        "CFA BTP", "CFA des métiers de l'automobile", "CFA de la Chambre de métiers et de l'artisanat",
        "CFA Commerce et Services", "CFA Hôtellerie-Restauration", "CFA interprofessionnel"
    };
    private static final String[] AGRI_KINDS = {
        "Lycée agricole", "Lycée horticole et paysager", "CFA agricole", "Maison familiale rurale"
    };

    private final Map<String, Map<Source, List<School>>> byDepartement;
    private final List<String> departements;
    private final Map<String, List<String>> trainings;

    private Schools(Map<String, Map<Source, List<School>>> byDepartement, Map<String, List<String>> trainings) {
        this.byDepartement = byDepartement;
        this.departements = List.copyOf(byDepartement.keySet());
        this.trainings = trainings;
    }

    static Schools create(Geography geography, Rng rng) {
        List<String> eponyms = Resources.lines(Resources.BASE + "eponymes.txt");
        TreeSet<String> uais = new TreeSet<>();
        Map<String, Map<Source, List<School>>> byDepartement = new TreeMap<>();
        for (String departement : geography.idfDepartements()) {
            Map<Source, List<School>> bySource = new EnumMap<>(Source.class);
            bySource.put(Source.EN, schools(Source.EN, 30, departement, eponyms, geography, uais, rng));
            bySource.put(Source.CFA, schools(Source.CFA, 8, departement, eponyms, geography, uais, rng));
            bySource.put(Source.AGRI, schools(Source.AGRI, 3, departement, eponyms, geography, uais, rng));
            byDepartement.put(departement, bySource);
        }
        // one centre whose name holds quotes, so that the CFA file has doubled quotes
        String first = byDepartement.keySet().iterator().next();
        byDepartement.get(first).get(Source.CFA)
                .add(new School(uai(first, uais, rng), "CFA \"Réussir Ensemble\"", Source.CFA, first, "*"));
        Map<String, List<String>> trainings = new TreeMap<>();
        for (String line : Resources.lines(Resources.BASE + "formations.csv")) {
            String[] f = Resources.fields(line);
            trainings.computeIfAbsent(Source.valueOf(f[0]) + "/" + f[1], s -> new ArrayList<>()).add(f[2]);
        }
        return new Schools(byDepartement, trainings);
    }

    private static List<School> schools(Source source, int count, String departement, List<String> eponyms,
            Geography geography, TreeSet<String> uais, Rng rng) {
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String track = "*";
            String name;
            if (source == Source.EN) {
                String[] kind = rng.pick(EN_KINDS);
                name = kind[0] + " " + rng.pick(eponyms);
                track = kind[1];
            } else {
                String kind = rng.pick(source == Source.CFA ? CFA_KINDS : AGRI_KINDS);
                name = kind + " " + of(geography.idfIn(departement, rng));
            }
            schools.add(new School(uai(departement, uais, rng), name, source, departement, track));
        }
        return schools;
    }

    /** "de Meaux", "d'Aubervilliers", "du Blanc-Mesnil", "des Ulis", "de Paris". */
    static String of(Place place) {
        String name = place.isParis() ? "Paris" : place.name();
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        if (name.startsWith("L'")) {
            return "de l'" + name.substring(2);
        }
        return "AEIOUYÉÈÎ".indexOf(name.charAt(0)) >= 0 ? "d'" + name : "de " + name;
    }

    /** "0931234" + check letter: the 7-digit number modulo 23 picks the letter, as for real UAI codes. */
    private static String uai(String departement, TreeSet<String> uais, Rng rng) {
        while (true) {
            String digits = "0" + departement + rng.digits(4);
            String uai = digits + UAI_KEYS.charAt((int) (Long.parseLong(digits) % 23));
            if (uais.add(uai)) {
                return uai;
            }
        }
    }

    /** A school near the place (same département when in Île-de-France). */
    School school(Source source, Place place, Rng rng) {
        String departement = place.departement();
        Map<Source, List<School>> bySource = departement == null ? null : byDepartement.get(departement);
        if (bySource == null || rng.chance(0.1)) {
            bySource = byDepartement.get(rng.pick(departements));
        }
        return rng.pick(bySource.get(source));
    }

    String training(School school, Rng rng) {
        return rng.pick(trainings.get(school.source() + "/" + school.track()));
    }
}
