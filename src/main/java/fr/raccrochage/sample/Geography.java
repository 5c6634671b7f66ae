package fr.raccrochage.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The communes the generator draws residences from, read from the classpath reference file
 * {@code reference/communes-france.csv}, and the sample partner directory
 * {@code reference/partenaires-idf-exemple.csv} (mission locale and CIO covering each commune).
 */
final class Geography {

    static final String COMMUNES = "reference/communes-france.csv";
    static final String PARTNERS = "reference/partenaires-idf-exemple.csv";
    static final String IDF = "11";
    private static final String PARIS = "75056";
    private static final Set<String> NEIGHBOUR_DEPARTEMENTS =
            Set.of("02", "10", "27", "28", "45", "51", "60", "89");

    private final WeightedSampler<Place> idf;
    private final Map<String, WeightedSampler<Place>> idfByDepartement;
    private final WeightedSampler<Place> neighbours;
    private final WeightedSampler<Place> farAway;
    private final List<Place> formerCommunes;
    private final List<String> unknownNames;
    private final Map<String, String> missionLocaleByCode;
    private final Map<String, String> cioByCode;

    private Geography(WeightedSampler<Place> idf, Map<String, WeightedSampler<Place>> idfByDepartement,
            WeightedSampler<Place> neighbours, WeightedSampler<Place> farAway, List<Place> formerCommunes,
            List<String> unknownNames, Map<String, String> missionLocaleByCode, Map<String, String> cioByCode) {
        this.idf = idf;
        this.idfByDepartement = idfByDepartement;
        this.neighbours = neighbours;
        this.farAway = farAway;
        this.formerCommunes = formerCommunes;
        this.unknownNames = unknownNames;
        this.missionLocaleByCode = missionLocaleByCode;
        this.cioByCode = cioByCode;
    }

    static Geography load() {
        List<String[]> rows = new ArrayList<>();
        Map<String, String[]> communeByCode = new HashMap<>();
        List<String> lines = Resources.rawLines(COMMUNES);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = Resources.fields(line);
            rows.add(f);
            if ("COMMUNE".equals(f[2])) {
                communeByCode.put(f[0], f);
            }
        }
        WeightedSampler.Builder<Place> idf = WeightedSampler.builder();
        Map<String, WeightedSampler.Builder<Place>> byDepartement = new TreeMap<>();
        WeightedSampler.Builder<Place> neighbours = WeightedSampler.builder();
        WeightedSampler.Builder<Place> farAway = WeightedSampler.builder();
        List<Place> former = new ArrayList<>();
        Set<String> knownNames = new java.util.HashSet<>();
        for (String[] f : rows) {
            String code = f[0];
            String name = f[1];
            String type = f[2];
            String departement = f[4];
            String region = f[5];
            knownNames.add(Texts.stripAccents(Texts.upper(Texts.withoutHyphens(name, true))));
            long population = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
            List<String> postalCodes = f[6].isEmpty() ? List.of() : Arrays.asList(f[6].split("\\|"));
            if (IDF.equals(region)) {
                if (("COMMUNE".equals(type) && !PARIS.equals(code)) || "ARRONDISSEMENT".equals(type)) {
                    int arrondissement = "ARRONDISSEMENT".equals(type) ? Integer.parseInt(code.substring(3)) : 0;
                    Place place = new Place(code, name, Place.Kind.IDF, postalCodes, departement, region, code,
                            arrondissement);
                    if (!postalCodes.isEmpty()) {
                        idf.add(place, population);
                        byDepartement.computeIfAbsent(departement, d -> WeightedSampler.builder())
                                .add(place, population);
                    }
                } else if ("DELEGUEE".equals(type) || "ASSOCIEE".equals(type)) {
                    String[] today = communeByCode.get(f[3]);
                    if (today != null && !today[1].equals(name) && !today[6].isEmpty()) {
                        former.add(new Place(code, name, Place.Kind.FORMER,
                                Arrays.asList(today[6].split("\\|")), departement, region, f[3], 0));
                    }
                }
            } else if ("COMMUNE".equals(type) && !postalCodes.isEmpty() && departement.length() == 2) {
                Place place = new Place(code, name, Place.Kind.OUT_OF_REGION, postalCodes, departement, region,
                        code, 0);
                if (NEIGHBOUR_DEPARTEMENTS.contains(departement)) {
                    neighbours.add(place, population);
                } else {
                    farAway.add(place, population);
                }
            }
        }
        if (former.isEmpty()) {
            throw new IllegalStateException("no former commune of Île-de-France in " + COMMUNES);
        }
        List<String> unknown = new ArrayList<>();
        for (String name : Resources.lines(Resources.BASE + "communes-inconnues.txt")) {
            if (!knownNames.contains(Texts.stripAccents(Texts.upper(Texts.withoutHyphens(name, true))))) {
                unknown.add(name);
            }
        }
        Map<String, String> missionLocale = new HashMap<>();
        Map<String, String> cio = new HashMap<>();
        List<String> partnerLines = Resources.rawLines(PARTNERS);
        for (String line : partnerLines.subList(1, partnerLines.size())) {
            String[] f = Resources.fields(line);
            if ("MISSION_LOCALE".equals(f[1])) {
                missionLocale.putIfAbsent(f[4], f[0]);
            } else if ("CIO".equals(f[1])) {
                cio.putIfAbsent(f[4], f[0]);
            }
        }
        Map<String, WeightedSampler<Place>> departements = new TreeMap<>();
        byDepartement.forEach((d, builder) -> departements.put(d, builder.build()));
        return new Geography(idf.build(), departements, neighbours.build(), farAway.build(), List.copyOf(former),
                List.copyOf(unknown), missionLocale, cio);
    }

    /** An Île-de-France commune or Paris arrondissement, in proportion to its population. */
    Place idf(Rng rng) {
        return idf.sample(rng);
    }

    /** A commune of the same département, in proportion to population. */
    Place idfIn(String departement, Rng rng) {
        WeightedSampler<Place> sampler = idfByDepartement.get(departement);
        return sampler == null ? idf(rng) : sampler.sample(rng);
    }

    List<String> idfDepartements() {
        return List.copyOf(idfByDepartement.keySet());
    }

    /** A real commune out of Île-de-France, most often in a neighbouring département. */
    Place outOfRegion(Rng rng) {
        return rng.chance(0.6) ? neighbours.sample(rng) : farAway.sample(rng);
    }

    /** The old name of a merged commune, with the postal codes of the commune it belongs to today. */
    Place former(Rng rng) {
        return rng.pick(formerCommunes);
    }

    /** A made-up commune with a postal code that does not exist. */
    Place unknown(Rng rng) {
        String postalCode = switch (rng.below(3)) {
            case 0 -> "96" + rng.digits(3);
            case 1 -> "00" + rng.digits(3);
            default -> "99" + rng.digits(3);
        };
        return new Place(null, rng.pick(unknownNames), Place.Kind.UNKNOWN, List.of(postalCode), null, null, null, 0);
    }

    /** The sample directory's mission locale for a commune of today (Paris: per arrondissement), or null. */
    String missionLocale(Place place) {
        return place.todayCode() == null ? null : missionLocaleByCode.get(place.todayCode());
    }

    String cio(Place place) {
        return place.todayCode() == null ? null : cioByCode.get(place.todayCode());
    }

    List<Place> formerCommunes() {
        return formerCommunes;
    }
}
