package fr.raccrochage.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.PartnerStagesTests;
import fr.raccrochage.TestPostgres;
import fr.raccrochage.partners.FeedbackImportService;
import fr.raccrochage.partners.FeedbackRule;
import fr.raccrochage.partners.PartnerFigures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal's partner-scoped services on a real PostgreSQL server, on the hand-computed
 * {@link PortalWave} (the web tests run the same wave on H2): the scope in SQL, the feedback rule,
 * the figures.
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
class PortalSpacePostgresTests extends PartnerStagesTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "portail");
    }

    @Autowired
    FeedbackImportService feedbackImport;

    @Autowired
    AccountService accounts;

    @Autowired
    PartnerSpace space;

    PortalWave wave;

    @BeforeEach
    void build() throws Exception {
        wave = PortalWave.build(jdbc, directory, closing, exports, feedbackImport, files);
    }

    @Test
    void aPartnerReadsAndWritesOnlyItsOwnYoungPeopleWithTheImportRule() {
        Account a = accounts.create(Role.PARTENAIRE, PortalWave.PARTNER_A, "a@ml-a.fr", LocalDateTime.now()).account();

        assertThat(space.referrals(a, null, 0).lines()).extracting(ReferralLine::idAppel)
                .containsExactly(wave.a2, wave.a3, wave.a1);
        assertThat(space.referrals(a, "petit", 0).lines()).isEmpty();
        assertThat(space.referrals(a, "MOREAU", 0).lines()).extracting(ReferralLine::idAppel).containsExactly(wave.a3);
        for (String other : wave.ofB()) {
            assertThatThrownBy(() -> space.youngPerson(a, other)).isInstanceOf(NotInScope.class);
            assertThatThrownBy(() -> space.recordFeedback(a, other, "CONTACTE", "2026-06-20", LocalDate.now(),
                    LocalDateTime.now())).isInstanceOf(NotInScope.class);
        }
        assertThatThrownBy(() -> space.recordFeedback(a, wave.a2, "CONTACTE", LocalDate.now().plusDays(1).toString(),
                LocalDate.now(), LocalDateTime.now())).isInstanceOf(PortalRefusal.class).hasMessageContaining("dans le futur");
        assertThat(space.recordFeedback(a, wave.a2, "CONTACTE", "20/06/2026", LocalDate.now(), LocalDateTime.now()))
                .isEqualTo(FeedbackRule.Recorded.STORED);
        assertThat(space.recordFeedback(a, wave.a2, "CONTACTE", "2026-06-21", LocalDate.now(), LocalDateTime.now()))
                .isEqualTo(FeedbackRule.Recorded.ALREADY_KNOWN);
        assertThat(new String(space.export(a, LocalDate.now()).content(), StandardCharsets.UTF_8))
                .contains(wave.a1, wave.a2, wave.a3).doesNotContain(wave.b1, wave.b2);
    }

    @Test
    void figuresAgreeWithTheHandComputedWave() {
        Account a = accounts.create(Role.PARTENAIRE, PortalWave.PARTNER_A, "a@ml-a.fr", LocalDateTime.now()).account();
        space.recordFeedback(a, wave.a2, "CONTACTE", "2026-06-20", LocalDate.now(), LocalDateTime.now());
        space.recordFeedback(a, wave.a2, "ACCOMPAGNE", "2026-07-05", LocalDate.now(), LocalDateTime.now());

        PartnerSpace.Figures figures = space.figures(a);
        // 3 sent; A2 contacted (20/06, before its 25/06 deadline) then supported; A3 INJOIGNABLE by file.
        assertThat(figures.waves()).singleElement().satisfies(f -> {
            assertThat(f).extracting(PartnerFigures::waveId, PartnerFigures::sent, PartnerFigures::withFeedback,
                    PartnerFigures::contacted, PartnerFigures::supported, PartnerFigures::positiveExits,
                    PartnerFigures::unreachable, PartnerFigures::refused).containsExactly("P1", 3, 2, 1, 1, 0, 1, 0);
        });
        assertThat(figures.withDeadline()).isEqualTo(2);
        assertThat(figures.contactedInTime()).isEqualTo(1);
        assertThat(figures.inTimeShare()).isEqualTo(0.5);
    }
}
