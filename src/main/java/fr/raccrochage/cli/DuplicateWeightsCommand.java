package fr.raccrochage.cli;

import fr.raccrochage.core.Waves;
import fr.raccrochage.identity.Comparison;
import fr.raccrochage.identity.WeightEstimator.Estimate;
import fr.raccrochage.identity.WeightEstimator.Result;
import fr.raccrochage.identity.WeightEstimator.Session;
import fr.raccrochage.identity.WeightEstimator.Verdict;
import fr.raccrochage.identity.WeightsService;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "poids", mixinStandardHelpOptions = true,
        description = "Montre ce que le moteur croit : pour chaque champ comparé et chaque niveau (concorde, proche, "
                + "diffère), la probabilité m de ce niveau entre deux enregistrements d'un même jeune (estimée par "
                + "espérance-maximisation sur des paires de même date de naissance, puis de mêmes noms, tirées "
                + "dans toute la vague), la probabilité u entre deux jeunes différents (paires tirées au hasard), "
                + "le poids appris log2(m/u) et le poids réglé à la main, gardé quand les données en disent trop "
                + "peu ou le voudraient plus fort ; et si l'estimation est retenue, saturée ou trop pauvre.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class DuplicateWeightsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    private final WeightsService weights;
    private final Waves waves;

    DuplicateWeightsCommand(WeightsService weights, Waves waves) {
        this.weights = weights;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        Result r = weights.estimate(wave.existingIn(waves));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.FRANCE, "Vague %s : %,d paires comparées, %,d paires tirées au hasard, %d itérations ; "
                + "part estimée de paires du même jeune parmi les comparées : %.1f %%.%n", wave.waveId(),
                r.blockedPairs(), r.randomPairs(), r.iterations(), 100 * r.matchShare());
        for (Session s : r.sessions()) {
            out.printf(Locale.FRANCE, "  paires de même %s : %,d, part du même jeune %.1f %%, %d itérations : %s%n",
                    s.rule(), s.pairs(), 100 * s.matchShare(), s.iterations(), verdict(s.verdict()));
        }
        boolean used = weights.learnedWeightsUsed() && r.applied();
        out.printf("%-28s %-9s %9s %9s %8s %9s %7s  %s%n", "champ", "niveau", "m", "u", "appris", "à la main", "retenu",
                "source");
        for (Estimate e : r.estimates()) {
            if (e.level() == Comparison.ABSENT) {
                continue;
            }
            out.printf(Locale.FRANCE, "%-28s %-9s %9.5f %9.5f %8.1f %9.1f %7.1f  %s%n", e.comparison().label(),
                    Comparison.levelLabel(e.level()), e.m(), e.u(), e.learned(), e.handSet(),
                    used ? e.weight() : e.handSet(), !used ? "à la main"
                            : e.fallback() ? "à la main (trop peu de données)"
                            : e.bolder() ? "à la main (les données le voudraient plus fort)"
                            : "appris, rapproché du poids à la main");
        }
        if (used) {
            out.printf(Locale.FRANCE, "Le moteur score avec la colonne « retenu » : le poids appris, rapproché du "
                    + "poids réglé à la main d'autant plus que les données en disent peu, et à au plus %.1f points de "
                    + "lui ; un poids appris n'est retenu que s'il est moins fort que le poids à la main (les champs "
                    + "ne sont pas indépendants : homonymes, même foyer) ; les noms sont en plus pondérés par leur "
                    + "fréquence dans le registre.%n", fr.raccrochage.identity.WeightEstimator.MAX_SHIFT);
        } else if (!weights.learnedWeightsUsed()) {
            out.println("Le moteur score avec les poids réglés à la main (raccrochage.identite.poids-appris=false) ; "
                    + "ce tableau montre ce qu'il apprendrait.");
        } else {
            out.println(switch (r.verdict()) {
                case TOO_FEW_PAIRS -> "Trop peu de paires comparées pour apprendre : le moteur score avec les poids "
                        + "réglés à la main.";
                case SATURATED -> "Estimation saturée (presque toutes les paires, ou aucune, prises pour le même "
                        + "jeune) : le moteur score avec les poids réglés à la main.";
                default -> "Estimation non séparée (la classe « même jeune » ne concorde pas plus que l'autre sur les "
                        + "noms ou la date) : le moteur score avec les poids réglés à la main.";
            });
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String verdict(Verdict v) {
        return switch (v) {
            case LEARNED -> "estimation retenue";
            case TOO_FEW_PAIRS -> "trop peu de paires";
            case SATURATED -> "saturée";
            case NOT_SEPARATED -> "classes non séparées";
        };
    }
}
