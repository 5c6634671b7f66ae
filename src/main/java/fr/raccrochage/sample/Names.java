package fr.raccrochage.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * First and last names, from the resource lists {@code prenoms.csv} ({@code prenom;sexe;origine;generation})
 * and {@code noms.csv} ({@code nom;origine;poids}).
 */
final class Names {

    static final String FIRST_NAMES = Resources.BASE + "prenoms.csv";
    static final String LAST_NAMES = Resources.BASE + "noms.csv";

    /** [origin][sex M=0 F=1][generation young=0 parent=1], plus the "any origin" pool at index values().length. */
    private final List<List<List<List<String>>>> firstNames;
    private final Map<Origin, WeightedSampler<String>> lastNames;

    private Names(List<List<List<List<String>>>> firstNames, Map<Origin, WeightedSampler<String>> lastNames) {
        this.firstNames = firstNames;
        this.lastNames = lastNames;
    }

    static Names load() {
        int pools = Origin.values().length + 1;
        List<List<List<List<String>>>> first = new ArrayList<>();
        for (int o = 0; o < pools; o++) {
            List<List<List<String>>> bySex = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                bySex.add(List.of(new ArrayList<>(), new ArrayList<>()));
            }
            first.add(bySex);
        }
        for (String line : Resources.lines(FIRST_NAMES)) {
            String[] f = Resources.fields(line);
            int origin = "*".equals(f[2]) ? Origin.values().length : Origin.valueOf(f[2]).ordinal();
            for (int sex = 0; sex < 2; sex++) {
                if (!f[1].equals("X") && f[1].charAt(0) != "MF".charAt(sex)) {
                    continue;
                }
                for (int generation = 0; generation < 2; generation++) {
                    if (f[3].equals("T") || f[3].charAt(0) == "JP".charAt(generation)) {
                        first.get(origin).get(sex).get(generation).add(f[0]);
                    }
                }
            }
        }
        Map<Origin, WeightedSampler.Builder<String>> last = new EnumMap<>(Origin.class);
        for (String line : Resources.lines(LAST_NAMES)) {
            String[] f = Resources.fields(line);
            last.computeIfAbsent(Origin.valueOf(f[1]), o -> WeightedSampler.builder()).add(f[0], Long.parseLong(f[2]));
        }
        Map<Origin, WeightedSampler<String>> lastNames = new EnumMap<>(Origin.class);
        for (Origin origin : Origin.values()) {
            WeightedSampler.Builder<String> builder = last.get(origin);
            if (builder == null) {
                throw new IllegalStateException("no last name of origin " + origin + " in " + LAST_NAMES);
            }
            lastNames.put(origin, builder.build());
            for (int sex = 0; sex < 2; sex++) {
                for (int generation = 0; generation < 2; generation++) {
                    if (first.get(origin.ordinal()).get(sex).get(generation).isEmpty()) {
                        throw new IllegalStateException("no first name for " + origin + " sex " + sex);
                    }
                }
            }
        }
        return new Names(first, lastNames);
    }

    String lastName(Origin origin, Rng rng) {
        return lastNames.get(origin).sample(rng);
    }

    /** A first name of that sex ('M' or 'F'), mostly of the family's origin, sometimes a name common to all. */
    String firstName(Origin origin, char sex, boolean young, Rng rng) {
        int s = sex == 'M' ? 0 : 1;
        int generation = young ? 0 : 1;
        int pool = origin.ordinal();
        if (young && rng.chance(0.22)) {
            pool = Origin.values().length;
        } else if (origin != Origin.FR && rng.chance(0.12)) {
            pool = Origin.FR.ordinal();
        }
        return rng.pick(firstNames.get(pool).get(s).get(generation));
    }
}
