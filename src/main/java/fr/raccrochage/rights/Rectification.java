package fr.raccrochage.rights;

import fr.raccrochage.calls.CallCaseChanges;
import fr.raccrochage.calls.CallNumber;
import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneResolver;
import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.ingestion.normalize.Phone;
import fr.raccrochage.ingestion.normalize.PhoneType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The right of rectification ({@code jeune corriger}), in one transaction: everything is checked
 * before anything is written. An added number goes on every case of the young person (open cases
 * re-planned at once, sheet and upcoming daily lists rewritten, the next export carries it); a
 * withdrawn number leaves their records and cases and stays barred from every output for them, as a
 * keyed hash; a corrected address replaces the old one on their records, for the next export.
 */
@Component
class Rectification {

    /** What the operator asks to change. */
    record Request(List<String> addNumbers, CallNumber.Owner owner, List<String> removeNumbers, String address,
            String postalCode, String communeName) {

        boolean changesAddress() {
            return address != null || postalCode != null || communeName != null;
        }

        boolean isEmpty() {
            return addNumbers.isEmpty() && removeNumbers.isEmpty() && !changesAddress();
        }
    }

    /** What the correction did. */
    record Outcome(List<String> added, List<String> removed, String commune, Set<String> wavesReplanned) {
    }

    private final JdbcRightsDao dao;
    private final YoungPersonFinder finder;
    private final KeyedHashes hashes;
    private final CallCaseChanges cases;
    private final CommuneResolver communes;
    private final OperatorJournal journal;
    private final TransactionTemplate tx;

    Rectification(JdbcRightsDao dao, YoungPersonFinder finder, KeyedHashes hashes, CallCaseChanges cases,
            CommuneResolver communes, OperatorJournal journal, TransactionTemplate tx) {
        this.dao = dao;
        this.finder = finder;
        this.hashes = hashes;
        this.cases = cases;
        this.communes = communes;
        this.journal = journal;
        this.tx = tx;
    }

    Outcome correct(long personId, Request request, Actor actor) {
        if (request.isEmpty()) {
            throw refused("Rien à corriger : indiquez --ajouter-telephone, --retirer-telephone ou --adresse, "
                    + "--code-postal et --commune.");
        }
        return tx.execute(status -> {
            if (dao.isErased(personId)) {
                throw refused("Les données du jeune n° " + personId + " ont été effacées : il n'y a plus rien à corriger.");
            }
            List<Phone> added = new ArrayList<>();
            for (String raw : request.addNumbers()) {
                added.add(finder.phone(raw).orElseThrow(() -> refused("« " + raw + " » n'est pas un numéro de "
                        + "téléphone valide : rien n'a été corrigé.")));
            }
            Set<String> held = dao.numbersHeld(personId);
            List<String> removed = new ArrayList<>();
            for (String raw : request.removeNumbers()) {
                String number = finder.phone(raw).map(Phone::e164).orElse(raw.strip());
                if (!held.contains(number)) {
                    throw refused("Le numéro « " + raw + " » n'est pas enregistré pour le jeune n° " + personId
                            + " : rien n'a été corrigé.");
                }
                removed.add(number);
            }
            Optional<Commune> commune = Optional.empty();
            if (request.changesAddress()) {
                if (request.address() == null || request.postalCode() == null || request.communeName() == null) {
                    throw refused("Une adresse se corrige entière : --adresse, --code-postal et --commune ensemble.");
                }
                commune = communes.resolve(null, request.postalCode(), request.communeName());
                if (commune.isEmpty()) {
                    throw refused("La commune « " + request.communeName() + " » (" + request.postalCode()
                            + ") est introuvable dans le code officiel géographique : rien n'a été corrigé.");
                }
            }
            Set<String> waves = new TreeSet<>();
            // Added first: a case whose only number is replaced stays open.
            for (Phone phone : added) {
                CallNumber number = new CallNumber(phone.e164(), request.owner(),
                        phone.type() == PhoneType.MOBILE ? CallNumber.Type.MOBILE : CallNumber.Type.FIXE);
                dao.deleteWithdrawn(personId, hashes.ofNumber(phone.e164()));
                dao.insertAddedNumber(personId, phone.e164(), number.owner().name(), number.type().name());
                waves.addAll(cases.addNumber(personId, number));
                journal.record(actor.entry("JEUNE_CORRIGER", personId, "téléphone ajouté (" + number.owner() + ")", null));
            }
            for (String number : removed) {
                dao.insertWithdrawn(personId, hashes.ofNumber(number), "rectification par " + actor.operator());
                dao.deleteAddedNumber(personId, number);
                dao.clearRecordNumber(personId, number);
                waves.addAll(cases.withdrawNumber(personId, number));
                journal.record(actor.entry("JEUNE_CORRIGER", personId, "téléphone retiré", null));
            }
            if (commune.isPresent()) {
                dao.updateAddress(personId, request.address().strip(), request.postalCode().strip(),
                        commune.get().nom(), commune.get().codeInsee());
                journal.record(actor.entry("JEUNE_CORRIGER", personId, "adresse (commune " + commune.get().codeInsee()
                        + ")", null));
            }
            return new Outcome(added.stream().map(Phone::e164).toList(), removed,
                    commune.map(c -> c.nom() + " (" + c.codeInsee() + ")").orElse(null), waves);
        });
    }

    private static RightsException refused(String message) {
        return new RightsException(RightsException.Kind.REFUSE, message);
    }
}
