package fr.raccrochage.partners;

/**
 * A commune the young person can be reached in, and whose it is: {@code JEUNE} (the young
 * person's, possibly already resolved from a guardian's by the import), {@code RESP1}, {@code RESP2}.
 */
public record Residence(String codeInsee, String source) {
}
