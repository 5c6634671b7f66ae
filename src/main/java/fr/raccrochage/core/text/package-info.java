/**
 * Text as every stage reads it: comparison keys for names written many ways ({@link
 * fr.raccrochage.core.text.TextKeys}), the spaces incoming files write ({@link
 * fr.raccrochage.core.text.Spaces}), the ASCII digits codes are written with ({@link
 * fr.raccrochage.core.text.Digits}) and French number formatting ({@link
 * fr.raccrochage.core.text.FrenchFormat}).
 */
package fr.raccrochage.core.text;
