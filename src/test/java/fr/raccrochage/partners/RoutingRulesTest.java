package fr.raccrochage.partners;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.partners.Routing.Decision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {

    private static final PartnerDirectory SAMPLE = Directories.sample();
    private static final LocalDate CLOSING = LocalDate.of(2026, 6, 30);
    private static final LocalDate REFERRED = LocalDate.of(2026, 6, 10);

    private static RoutingRules rules(CallbackPolicy policy) {
        return new RoutingRules(SAMPLE, Directories.COMMUNES, "11", policy, 15);
    }

    private static Routing route(String status, Residence... residences) {
        return rules(CallbackPolicy.RAPPEL_DEMANDE).route(new CaseFacts("V1-000001", CaseStatus.valueOf(status), null, null, REFERRED, false,
                List.of(residences)), CLOSING);
    }

    private static Residence young(String code) {
        return new Residence(code, "JEUNE");
    }

    @Test
    void shouldSendAnUnreachableYoungPersonToTheMissionLocaleAndThePrijGroupOfTheirCommune() {
        Routing routing = route("INJOIGNABLE", young("93066"));

        assertThat(routing.decision()).isEqualTo(Decision.ORIENTE);
        assertThat(routing.referrals()).containsExactly(
                new Referral("ML-200057867", Motif.INJOIGNABLE, CLOSING, null, "93066"),
                new Referral("PRIJ-93066", Motif.INJOIGNABLE, CLOSING, null, "93066"));
        assertThat(routing.closedNow()).isFalse();
    }

    @Test
    void shouldSendAYoungPersonWithoutNumberLikeAnUnreachableOneAndOnlyToTheMissionLocaleWhereNoPrijWorks() {
        assertThat(route("SANS_NUMERO", young("77001")).referrals()).containsExactly(
                new Referral("ML-200072346", Motif.INJOIGNABLE, CLOSING, null, "77001"));
    }

    @Test
    void shouldFallBackOnTheGuardiansCommuneWhenTheYoungPersonLivesOutOfTheRegion() {
        Routing routing = route("INJOIGNABLE", young("69123"), new Residence("95018", "RESP1"));

        assertThat(routing.referrals()).extracting(Referral::partnerId).containsExactly("ML-200057990", "PRIJ-95018");
        assertThat(routing.residence()).isEqualTo(new Residence("95018", "RESP1"));
    }

    @Test
    void shouldUseParisArrondissementsAndParisAsAWhole() {
        assertThat(route("INJOIGNABLE", young("75118")).referrals()).extracting(Referral::partnerId)
                .containsExactly("ML-PARIS", "PRIJ-75118");
        assertThat(route("INJOIGNABLE", young("75056")).referrals()).extracting(Referral::partnerId)
                .containsExactly("ML-PARIS");
    }

    @Test
    void shouldRouteAFormerCommuneToTodaysPartners() {
        assertThat(route("INJOIGNABLE", young("93059")).referrals()).extracting(Referral::partnerId, Referral::codeInsee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ML-200057867", "93059"),
                        org.assertj.core.groups.Tuple.tuple("PRIJ-93066", "93059"));
    }

    @Test
    void shouldGiveTheMissionLocaleFifteenDaysForAReferral() {
        assertThat(route("ORIENTE_ML", young("93001")).referrals()).containsExactly(
                new Referral("ML-200057867", Motif.ORIENTE_ML, REFERRED, LocalDate.of(2026, 6, 25), "93001"));
        assertThat(route("ORIENTE_CIO", young("93001")).referrals()).containsExactly(
                new Referral("CIO-200057867", Motif.ORIENTE_CIO, REFERRED, LocalDate.of(2026, 6, 25), "93001"));
    }

    @Test
    void shouldListForTheRegionWhatNoPartnerCanTake() {
        assertThat(route("INJOIGNABLE", young("69123")).region().motif()).isEqualTo("HORS_REGION");
        assertThat(route("INJOIGNABLE").region().motif()).isEqualTo("COMMUNE_INCONNUE");
        assertThat(route("INJOIGNABLE", young("99999")).region().motif()).isEqualTo("COMMUNE_INCONNUE");
        PartnerDirectory small = Directories.of(Directories.HEADER + "ML-A;MISSION_LOCALE;A;93;93066\n");
        Routing routing = new RoutingRules(small, Directories.COMMUNES, "11", CallbackPolicy.RAPPEL_DEMANDE, 15)
                .route(new CaseFacts("V1-000002", CaseStatus.INJOIGNABLE, null, null, null, false, List.of(young("77001"))), CLOSING);
        assertThat(routing.decision()).isEqualTo(Decision.REGION);
        assertThat(routing.region()).isEqualTo(new RegionReferral("SANS_PARTENAIRE",
                "aucun partenaire MISSION_LOCALE pour 77001 Achères-la-Forêt (JEUNE)"));
    }

    @Test
    void shouldCloseAnOpenCaseAsUnreachableAndACallbackPerThePolicy() {
        CaseFacts neverReached = new CaseFacts("V1-000003", CaseStatus.A_APPELER, null, null, null, false, List.of(young("93066")));
        CaseFacts callback = new CaseFacts("V1-000004", CaseStatus.A_APPELER, null, null, null, true, List.of(young("93066")));

        Routing closed = rules(CallbackPolicy.RAPPEL_DEMANDE).route(neverReached, CLOSING);
        assertThat(closed.closedNow()).isTrue();
        assertThat(closed.statusBefore()).isEqualTo("A_APPELER");
        assertThat(closed.referrals()).extracting(Referral::motif).containsExactly(Motif.INJOIGNABLE, Motif.INJOIGNABLE);

        Routing byDefault = rules(CallbackPolicy.RAPPEL_DEMANDE).route(callback, CLOSING);
        assertThat(byDefault.statusBefore()).isEqualTo("RAPPEL");
        assertThat(byDefault.referrals()).containsExactly(
                new Referral("ML-200057867", Motif.RAPPEL_DEMANDE, CLOSING, CLOSING.plusDays(15), "93066"));
        assertThat(rules(CallbackPolicy.INJOIGNABLE).route(callback, CLOSING).referrals())
                .extracting(Referral::partnerId).containsExactly("ML-200057867", "PRIJ-93066");
        assertThat(rules(CallbackPolicy.REGION).route(callback, CLOSING).region().motif()).isEqualTo("RAPPEL_OUVERT");
    }

    @Test
    void shouldTellThePartnerFollowingAYoungPersonOnlyWhereItWorks() {
        RoutingRules rules = rules(CallbackPolicy.RAPPEL_DEMANDE);
        Routing told = rules.route(new CaseFacts("V1-000005", CaseStatus.EXCLU, "SUIVI_PARTENAIRE", "ML-200057867", null, false,
                List.of(young("93001"))), CLOSING);
        assertThat(told.referrals()).containsExactly(new Referral("ML-200057867", Motif.SUIVI, CLOSING, null, "93001"));

        Routing elsewhere = rules.route(new CaseFacts("V1-000006", CaseStatus.EXCLU, "SUIVI_PARTENAIRE", "ML-PARIS", null, false,
                List.of(young("93001"))), CLOSING);
        assertThat(elsewhere.region().motif()).isEqualTo("SUIVI_HORS_TERRITOIRE");

        Routing unknown = rules.route(new CaseFacts("V1-000007", CaseStatus.EXCLU, "SUIVI_PARTENAIRE", "ML-INCONNUE", null, false,
                List.of(young("93001"))), CLOSING);
        assertThat(unknown.region().motif()).isEqualTo("SUIVI_PARTENAIRE_INCONNU");
    }

    @Test
    void shouldLeaveFinalOutcomesWithoutFollowUp() {
        for (String status : List.of("EN_SOLUTION", "REFUS", "OPPOSITION", "DEMENAGE")) {
            Routing routing = route(status, young("93066"));
            assertThat(routing.decision()).isEqualTo(Decision.SANS_SUITE);
            assertThat(routing.referrals()).isEmpty();
        }
        Routing excluded = rules(CallbackPolicy.RAPPEL_DEMANDE).route(new CaseFacts("V1-000008", CaseStatus.EXCLU, "OPPOSITION", null,
                null, false, List.of(young("93066"))), CLOSING);
        assertThat(excluded.decision()).isEqualTo(Decision.SANS_SUITE);
    }
}
