package fr.raccrochage.sample;

/** Broad origin of a family's names, so that a family's first and last names go together. */
enum Origin {
    FR(52), MAG(16), AFR(12), POR(6), TUR(3), ASI(6), EST(5);

    /** Relative weight among the families of the sample. */
    final int weight;

    Origin(int weight) {
        this.weight = weight;
    }

    static Origin draw(Rng rng) {
        Origin[] values = values();
        int[] weights = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            weights[i] = values[i].weight;
        }
        return values[rng.weighted(weights)];
    }
}
