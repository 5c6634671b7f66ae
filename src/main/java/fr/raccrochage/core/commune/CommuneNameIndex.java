package fr.raccrochage.core.commune;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every entry of the directory (old names included) by the canonical forms of its name. */
final class CommuneNameIndex {

    private final Map<String, List<Commune>> byFullForm = new HashMap<>();
    private final Map<String, List<Commune>> byLooseForm = new HashMap<>();
    private final Map<String, List<Commune>> formerCommunesByCommune = new HashMap<>();

    CommuneNameIndex(Collection<Commune> entries) {
        for (Commune entry : entries) {
            CommuneNames.Forms forms = CommuneNames.of(entry.nom());
            byFullForm.computeIfAbsent(forms.full(), form -> new ArrayList<>(1)).add(entry);
            byLooseForm.computeIfAbsent(forms.loose(), form -> new ArrayList<>(1)).add(entry);
            if (entry.type() == CommuneType.DELEGUEE || entry.type() == CommuneType.ASSOCIEE) {
                formerCommunesByCommune.computeIfAbsent(entry.codeRattachement(), code -> new ArrayList<>(2))
                        .add(entry);
            }
        }
    }

    /**
     * Entries named like {@code forms}, most exact first: those whose full form matches, then
     * those matching without the leading article ("PERREUX SUR MARNE" for "Le Perreux-sur-Marne").
     */
    List<List<Commune>> named(CommuneNames.Forms forms) {
        return List.of(byFullForm.getOrDefault(forms.full(), List.of()),
                byLooseForm.getOrDefault(forms.loose(), List.of()));
    }

    /** The communes déléguées and associées merged into the commune with this code. */
    List<Commune> formerCommunesOf(String codeInsee) {
        return formerCommunesByCommune.getOrDefault(codeInsee, List.of());
    }
}
