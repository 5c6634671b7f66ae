package fr.raccrochage.partners;

import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.commune.CommuneType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which partner of each type covers a commune. The directory may list codes at another level
 * than the young person's address: Paris by arrondissement while an address only says "Paris",
 * a former commune (déléguée, associée) while addresses give today's commune, or the reverse.
 * A lookup therefore tries the code itself, then its parent commune, then, when the directory
 * lists every part of the commune (arrondissements, former communes), the one partner covering
 * all of them. Two partners sharing the parts is ambiguous: no answer, the Region decides.
 */
public final class PartnerDirectory {

    private final Map<PartnerType, Map<String, Partner>> byTypeAndCode = new EnumMap<>(PartnerType.class);
    private final Map<String, Partner> byId = new LinkedHashMap<>();
    private final Map<String, Set<String>> codesByPartner = new HashMap<>();
    private final CommuneDirectory communes;
    private final Map<String, List<String>> partsByCommune = new HashMap<>();

    public PartnerDirectory(Collection<DirectoryEntry> entries, CommuneDirectory communes) {
        this.communes = communes;
        for (PartnerType type : PartnerType.values()) {
            byTypeAndCode.put(type, new HashMap<>());
        }
        for (DirectoryEntry entry : entries) {
            Partner partner = entry.partner();
            byTypeAndCode.get(partner.type()).put(entry.codeInsee(), partner);
            byId.putIfAbsent(partner.id(), partner);
            codesByPartner.computeIfAbsent(partner.id(), id -> new LinkedHashSet<>()).add(entry.codeInsee());
        }
        indexMergedCodes(entries);
        for (Commune commune : communes.all()) {
            if (commune.type() != CommuneType.COMMUNE && commune.codeRattachement() != null
                    && !commune.codeRattachement().equals(commune.codeInsee())) {
                partsByCommune.computeIfAbsent(commune.codeRattachement(), code -> new ArrayList<>()).add(commune.codeInsee());
            }
        }
    }

    /**
     * A row whose commune disappeared since the directory was written (merged, renumbered) covers the
     * commune it became, unless that commune is listed for the type or claimed by two partners.
     */
    private void indexMergedCodes(Collection<DirectoryEntry> entries) {
        for (PartnerType type : PartnerType.values()) {
            Map<String, Partner> listed = byTypeAndCode.get(type);
            Map<String, Set<Partner>> claims = new HashMap<>();
            for (DirectoryEntry entry : entries) {
                if (entry.partner().type() == type) {
                    communes.disappearance(entry.codeInsee()).ifPresent(gone -> claims
                            .computeIfAbsent(gone.today().codeInsee(), code -> new LinkedHashSet<>()).add(entry.partner()));
                }
            }
            claims.forEach((today, partners) -> {
                if (partners.size() == 1) {
                    listed.putIfAbsent(today, partners.iterator().next());
                }
            });
        }
    }

    /** The partner of this type for the commune, resolved as the class comment says. */
    public Optional<Partner> find(PartnerType type, String codeInsee) {
        if (codeInsee == null) {
            return Optional.empty();
        }
        Map<String, Partner> listed = byTypeAndCode.get(type);
        Partner direct = listed.get(codeInsee);
        if (direct != null) {
            return Optional.of(direct);
        }
        Optional<String> today = communes.disappearance(codeInsee).map(gone -> gone.today().codeInsee());
        if (today.isPresent()) {
            // A residence resolved before the commune merged: the commune it is now part of.
            return find(type, today.get());
        }
        Optional<String> parent = parentOf(codeInsee);
        if (parent.isPresent() && listed.containsKey(parent.get())) {
            return Optional.of(listed.get(parent.get()));
        }
        return coveringAllParts(listed, parent.orElse(codeInsee));
    }

    /** True when this partner is the one the directory gives for the commune (the export's guard). */
    public boolean covers(String partnerId, String codeInsee) {
        Partner partner = byId.get(partnerId);
        return partner != null && find(partner.type(), codeInsee).map(p -> p.id().equals(partnerId)).orElse(false);
    }

    public Optional<Partner> partner(String partnerId) {
        return Optional.ofNullable(byId.get(partnerId));
    }

    public Collection<Partner> partners() {
        return byId.values();
    }

    /** The codes listed for the partner, as in the directory file. */
    public Set<String> codesOf(String partnerId) {
        return codesByPartner.getOrDefault(partnerId, Set.of());
    }

    private Optional<String> parentOf(String codeInsee) {
        return communes.byCode(codeInsee)
                .filter(c -> c.type() != CommuneType.COMMUNE && c.codeRattachement() != null)
                .map(Commune::codeRattachement);
    }

    private Optional<Partner> coveringAllParts(Map<String, Partner> listed, String communeCode) {
        Set<Partner> partners = new LinkedHashSet<>();
        for (String part : partsByCommune.getOrDefault(communeCode, List.of())) {
            Partner partner = listed.get(part);
            if (partner == null) {
                // A part nobody covers (a PRIJ group in some arrondissements only): no guess.
                return Optional.empty();
            }
            partners.add(partner);
        }
        return partners.size() == 1 ? Optional.of(partners.iterator().next()) : Optional.empty();
    }
}
