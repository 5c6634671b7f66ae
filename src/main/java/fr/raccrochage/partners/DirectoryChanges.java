package fr.raccrochage.partners;

import fr.raccrochage.partners.JdbcDirectoryChangeDao.OpenReferral;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * When a directory import changes who covers a commune: every referral its partner has not closed
 * yet goes to the partner that covers the commune now (sent in the next export, with the reason),
 * and a former partner that had received the young person is owed a withdrawal. Runs inside the
 * import's transaction: the new directory and the moves are stored together or not at all.
 */
@Service
class DirectoryChanges {

    private static final Logger log = LoggerFactory.getLogger(DirectoryChanges.class);

    private final JdbcDirectoryChangeDao dao;
    private final PartnersProperties settings;

    DirectoryChanges(JdbcDirectoryChangeDao dao, PartnersProperties settings) {
        this.dao = dao;
        this.settings = settings;
    }

    /**
     * @param before the directory replaced (to know the type of a partner the new one drops)
     * @param after the directory just stored
     */
    Rerouting reroute(PartnerDirectory before, PartnerDirectory after, long importId, LocalDate today) {
        int moved = 0;
        int withdrawals = 0;
        int withoutPartner = 0;
        Map<String, Integer> byChange = new TreeMap<>();
        for (OpenReferral referral : dao.openReferrals()) {
            if (after.covers(referral.partnerId(), referral.codeInsee())) {
                continue;
            }
            Optional<PartnerType> type = after.partner(referral.partnerId()).or(() -> before.partner(referral.partnerId()))
                    .map(Partner::type);
            Optional<Partner> next = type.flatMap(t -> after.find(t, referral.codeInsee()));
            if (next.isEmpty() || dao.hasReferral(referral.idAppel(), next.get().id())) {
                withoutPartner++;
                continue;
            }
            dao.move(referral, next.get().id(), importId, today, settings.delaiRappelJours());
            moved++;
            withdrawals += referral.sent() ? 1 : 0;
            byChange.merge(referral.partnerId() + " → " + next.get().id(), 1, Integer::sum);
        }
        if (moved > 0 || withoutPartner > 0) {
            log.info("Annuaire modifié : {} orientations réorientées ({} retraits à envoyer), {} sans partenaire", moved,
                    withdrawals, withoutPartner);
        }
        return new Rerouting(moved, withdrawals, withoutPartner, byChange);
    }
}
