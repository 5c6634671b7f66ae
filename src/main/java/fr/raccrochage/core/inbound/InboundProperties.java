package fr.raccrochage.core.inbound;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code raccrochage.entree.*}.
 *
 * @param alias extra header spellings per kind of file and column, e.g.
 *     {@code raccrochage.entree.alias.retours-partenaires.STATUT=Situation,Etat} (the SIEI list keeps
 *     its own {@code raccrochage.alias-entetes.<CHAMP>}, also read here as {@code alias.siei})
 */
@ConfigurationProperties("raccrochage.entree")
public record InboundProperties(Map<String, Map<String, List<String>>> alias) {

    public InboundProperties {
        alias = alias == null ? Map.of() : Map.copyOf(alias);
    }

    /** The operator's aliases for a kind's columns, by column name. */
    public Map<String, List<String>> aliases(InboundKind kind) {
        Map<String, List<String>> found = alias.get(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return found == null ? Map.of() : found;
    }
}
