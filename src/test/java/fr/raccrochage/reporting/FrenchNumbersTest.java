package fr.raccrochage.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FrenchNumbersTest {

    @Test
    void shouldGroupThousandsWithANarrowNoBreakSpace() {
        assertThat(FrenchNumbers.integer(0)).isEqualTo("0");
        assertThat(FrenchNumbers.integer(999)).isEqualTo("999");
        assertThat(FrenchNumbers.integer(1_000)).isEqualTo("1\u202F000");
        assertThat(FrenchNumbers.integer(27_512)).isEqualTo("27\u202F512");
        assertThat(FrenchNumbers.integer(1_234_567)).isEqualTo("1\u202F234\u202F567");
        assertThat(FrenchNumbers.integer(-8_784)).isEqualTo("-8\u202F784");
    }

    @Test
    void shouldWritePercentsWithACommaAndASpaceBeforeTheSign() {
        assertThat(FrenchNumbers.percent(1, 8)).isEqualTo("12,5\u202F%");
        assertThat(FrenchNumbers.percent(2, 3)).isEqualTo("66,7\u202F%");
        assertThat(FrenchNumbers.percent(1, 3)).isEqualTo("33,3\u202F%");
        assertThat(FrenchNumbers.percent(7, 7)).isEqualTo("100,0\u202F%");
        assertThat(FrenchNumbers.percent(0, 5)).isEqualTo("0,0\u202F%");
        assertThat(FrenchNumbers.percent(1, 2_000)).isEqualTo("0,1\u202F%");
        assertThat(FrenchNumbers.percent(3, 0)).isEqualTo("–");
    }

    @Test
    void shouldRoundHalfUpToOneDecimal() {
        assertThat(FrenchNumbers.decimal(new BigDecimal("1234.25"))).isEqualTo("1\u202F234,3");
        assertThat(FrenchNumbers.decimal(new BigDecimal("-0.04"))).isEqualTo("0,0");
        assertThat(FrenchNumbers.decimal(new BigDecimal("-0.26"))).isEqualTo("-0,3");
        assertThat(FrenchNumbers.percent(8_784, 28_000)).isEqualTo("31,4\u202F%");
    }

    @Test
    void shouldWriteCsvRatesAsPlainFrenchDecimals() {
        assertThat(FrenchNumbers.csvRate(6, 7)).isEqualTo("85,7");
        assertThat(FrenchNumbers.csvRate(0, 7)).isEqualTo("0,0");
        assertThat(FrenchNumbers.csvRate(0, 0)).isEmpty();
    }
}
