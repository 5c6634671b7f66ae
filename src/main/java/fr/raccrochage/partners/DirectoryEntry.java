package fr.raccrochage.partners;

/** One line of the partner directory: a partner and one commune it covers. */
public record DirectoryEntry(Partner partner, String codeInsee) {
}
