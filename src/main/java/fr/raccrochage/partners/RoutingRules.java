package fr.raccrochage.partners;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.partners.Routing.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The routing of a closed wave, case by case (no database): unreachable young people to the
 * mission locale and the PRIJ group of their commune, referrals to the mission locale or the CIO,
 * open callbacks per the {@link CallbackPolicy}, young people followed by a partner to that
 * partner, and whatever no partner can take to the Region's staff. The commune is the first of
 * the young person's residences (the young person's, then each guardian's) that lies in the
 * region and has a partner of the type needed.
 */
public final class RoutingRules {

    static final CaseStatus CLOSED_AS = CaseStatus.INJOIGNABLE;
    /** {@code cloture_dossier.statut_avant} of an open case whose callback was still pending. */
    static final String OPEN_CALLBACK = "RAPPEL";

    private final PartnerDirectory partners;
    private final CommuneDirectory communes;
    private final String region;
    private final CallbackPolicy callbackPolicy;
    private final int deadlineDays;

    public RoutingRules(PartnerDirectory partners, CommuneDirectory communes, String region,
            CallbackPolicy callbackPolicy, int deadlineDays) {
        this.partners = partners;
        this.communes = communes;
        this.region = region;
        this.callbackPolicy = callbackPolicy;
        this.deadlineDays = deadlineDays;
    }

    private record Located(Partner partner, Residence residence) {
    }

    public Routing route(CaseFacts facts, LocalDate closingDate) {
        return switch (facts.status()) {
            case A_APPELER -> closeOpenCase(facts, closingDate);
            case INJOIGNABLE, SANS_NUMERO -> unreachable(facts, closingDate, false);
            case ORIENTE_ML -> referral(facts, PartnerType.MISSION_LOCALE, Motif.ORIENTE_ML, referralDate(facts, closingDate), false);
            case ORIENTE_CIO -> referral(facts, PartnerType.CIO, Motif.ORIENTE_CIO, referralDate(facts, closingDate), false);
            case EXCLU -> "SUIVI_PARTENAIRE".equals(facts.exclusion()) && facts.exclusionPartnerId() != null
                    ? followed(facts, closingDate) : nothingToDo(facts);
            default -> nothingToDo(facts);
        };
    }

    /** An open case: its callback per the policy, otherwise (never reached) unreachable. */
    private Routing closeOpenCase(CaseFacts facts, LocalDate closingDate) {
        if (!facts.callbackOpen() || callbackPolicy == CallbackPolicy.INJOIGNABLE) {
            return before(unreachable(facts, closingDate, true), facts);
        }
        if (callbackPolicy == CallbackPolicy.REGION) {
            return new Routing(facts.idAppel(), OPEN_CALLBACK, true, Decision.REGION, List.of(),
                    new RegionReferral(RegionReferral.RAPPEL_OUVERT, "rappel demandé, non effectué à la clôture de la vague"),
                    null);
        }
        return before(referral(facts, PartnerType.MISSION_LOCALE, Motif.RAPPEL_DEMANDE, closingDate, true), facts);
    }

    /** Records an open callback as {@code RAPPEL} before the closing, so the summary tells it apart. */
    private static Routing before(Routing routing, CaseFacts facts) {
        String before = facts.callbackOpen() ? OPEN_CALLBACK : facts.status().name();
        return new Routing(routing.idAppel(), before, routing.closedNow(), routing.decision(), routing.referrals(),
                routing.region(), routing.residence());
    }

    private Routing unreachable(CaseFacts facts, LocalDate closingDate, boolean closedNow) {
        Optional<Located> missionLocale = locate(facts.residences(), PartnerType.MISSION_LOCALE);
        if (missionLocale.isEmpty()) {
            return toRegion(facts, closedNow, PartnerType.MISSION_LOCALE);
        }
        Residence residence = missionLocale.get().residence();
        List<Referral> referrals = new ArrayList<>(2);
        referrals.add(new Referral(missionLocale.get().partner().id(), Motif.INJOIGNABLE, closingDate, null, residence.codeInsee()));
        partners.find(PartnerType.PRIJ, residence.codeInsee()).ifPresent(prij ->
                referrals.add(new Referral(prij.id(), Motif.INJOIGNABLE, closingDate, null, residence.codeInsee())));
        return new Routing(facts.idAppel(), facts.status().name(), closedNow, Decision.ORIENTE, referrals, null, residence);
    }

    private Routing referral(CaseFacts facts, PartnerType type, Motif motif, LocalDate date, boolean closedNow) {
        Optional<Located> located = locate(facts.residences(), type);
        if (located.isEmpty()) {
            return toRegion(facts, closedNow, type);
        }
        Residence residence = located.get().residence();
        Referral referral = new Referral(located.get().partner().id(), motif, date, date.plusDays(deadlineDays),
                residence.codeInsee());
        return new Routing(facts.idAppel(), facts.status().name(), closedNow, Decision.ORIENTE, List.of(referral), null, residence);
    }

    /** The partner following the young person is told, if the young person lives where it works. */
    private Routing followed(CaseFacts facts, LocalDate closingDate) {
        String partnerId = facts.exclusionPartnerId();
        if (partners.partner(partnerId).isEmpty()) {
            return new Routing(facts.idAppel(), facts.status().name(), false, Decision.REGION, List.of(),
                    new RegionReferral(RegionReferral.SUIVI_PARTENAIRE_INCONNU,
                            "suivi par " + partnerId + ", absent de l'annuaire des partenaires"), null);
        }
        for (Residence residence : facts.residences()) {
            if (residence.codeInsee() != null && partners.covers(partnerId, residence.codeInsee())) {
                Referral told = new Referral(partnerId, Motif.SUIVI, closingDate, null, residence.codeInsee());
                return new Routing(facts.idAppel(), facts.status().name(), false, Decision.ORIENTE, List.of(told), null, residence);
            }
        }
        return new Routing(facts.idAppel(), facts.status().name(), false, Decision.REGION, List.of(),
                new RegionReferral(RegionReferral.SUIVI_HORS_TERRITOIRE,
                        "suivi par " + partnerId + ", qui ne couvre pas " + describe(facts.residences())), null);
    }

    private Routing nothingToDo(CaseFacts facts) {
        return new Routing(facts.idAppel(), facts.status().name(), false, Decision.SANS_SUITE, List.of(), null, null);
    }

    private Optional<Located> locate(List<Residence> residences, PartnerType type) {
        for (Residence residence : residences) {
            if (residence.codeInsee() != null && inRegion(residence.codeInsee())) {
                Optional<Partner> partner = partners.find(type, residence.codeInsee());
                if (partner.isPresent()) {
                    return Optional.of(new Located(partner.get(), residence));
                }
            }
        }
        return Optional.empty();
    }

    /** Why no partner of this type could be found: unknown commune, out of the region, or none there. */
    private Routing toRegion(CaseFacts facts, boolean closedNow, PartnerType type) {
        List<Residence> known = facts.residences().stream()
                .filter(r -> r.codeInsee() != null && communes.current(r.codeInsee()).isPresent()).toList();
        RegionReferral region;
        if (known.isEmpty()) {
            region = new RegionReferral(RegionReferral.COMMUNE_INCONNUE, "commune de résidence inconnue (jeune et responsables)");
        } else if (known.stream().noneMatch(r -> inRegion(r.codeInsee()))) {
            region = new RegionReferral(RegionReferral.HORS_REGION, "réside hors de la région : " + describe(known));
        } else {
            region = new RegionReferral(RegionReferral.SANS_PARTENAIRE,
                    "aucun partenaire " + type + " pour " + describe(known.stream().filter(r -> inRegion(r.codeInsee())).toList()));
        }
        return new Routing(facts.idAppel(), facts.status().name(), closedNow, Decision.REGION, List.of(), region, null);
    }

    private boolean inRegion(String codeInsee) {
        return communes.current(codeInsee).map(c -> c.isIn(region)).orElse(false);
    }

    private static LocalDate referralDate(CaseFacts facts, LocalDate closingDate) {
        return facts.outcomeDate() == null ? closingDate : facts.outcomeDate();
    }

    private String describe(List<Residence> residences) {
        List<String> parts = new ArrayList<>();
        for (Residence r : residences) {
            if (r.codeInsee() != null) {
                String name = communes.current(r.codeInsee()).map(Commune::nom).orElse("?");
                parts.add(r.codeInsee() + " " + name + " (" + r.source() + ")");
            }
        }
        return parts.isEmpty() ? "aucune commune" : String.join(", ", parts);
    }
}
