package fr.raccrochage.sample;

import java.nio.file.Path;

/**
 * Runs the synthetic call centre outside Spring, for the calls benchmark (src/bench/calls.sh) and manual trials.
 *
 * <p>Usage: {@code CallResultSimulatorMain <appels-du-jour.csv> <resultats.csv> [seed=1]}
 */
public final class CallResultSimulatorMain {

    private CallResultSimulatorMain() {
    }

    public static void main(String[] args) {
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        int lines = new CallResultSimulator(seed).simulate(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("%d result lines written to %s%n", lines, args[1]);
    }
}
