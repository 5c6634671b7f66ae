package fr.raccrochage.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceListsTest {

    static List<String> firstNames() {
        return Resources.lines(Names.FIRST_NAMES).stream().map(l -> Resources.fields(l)[0]).toList();
    }

    static List<String> lastNames() {
        return Resources.lines(Names.LAST_NAMES).stream().map(l -> Resources.fields(l)[0]).toList();
    }

    @Test
    void shouldListManyFirstNamesWithSexAndOrigin() {
        List<String[]> rows = Resources.lines(Names.FIRST_NAMES).stream().map(Resources::fields).toList();

        assertThat(rows).hasSizeGreaterThan(150).allSatisfy(f -> {
            assertThat(f).hasSize(4);
            assertThat(f[1]).isIn("M", "F", "X");
            assertThat(f[2]).isIn("FR", "MAG", "AFR", "POR", "TUR", "ASI", "EST", "*");
            assertThat(f[3]).isIn("J", "P", "T");
        });
        assertThat(firstNames()).doesNotHaveDuplicates()
                .contains("Jean-Baptiste", "Marie-Claire", "Hélène", "Élodie", "Maëlys", "Zoé", "Noé", "Bénédicte");
    }

    @Test
    void shouldListManyLastNamesOfSeveralOrigins() {
        List<String[]> rows = Resources.lines(Names.LAST_NAMES).stream().map(Resources::fields).toList();

        assertThat(rows).hasSizeGreaterThan(200).allSatisfy(f -> {
            assertThat(f).hasSize(3);
            assertThat(Origin.valueOf(f[1])).isNotNull();
            assertThat(Integer.parseInt(f[2])).isPositive();
        });
        assertThat(rows).extracting(f -> f[1]).contains("FR", "MAG", "AFR", "POR", "TUR", "ASI", "EST");
        assertThat(lastNames()).doesNotHaveDuplicates().contains("Ben Ali", "Da Silva", "N'Diaye", "Çelik");
    }

    @Test
    void shouldKeepEveryListWritableInWindows1252() {
        CharsetEncoder encoder = Charset.forName("windows-1252").newEncoder();
        for (String list : List.of("prenoms.csv", "noms.csv", "voies.txt", "complements.txt", "eponymes.txt",
                "formations.csv", "observations.txt", "communes-inconnues.txt")) {
            assertThat(Resources.lines(Resources.BASE + list)).as(list).isNotEmpty()
                    .allSatisfy(line -> assertThat(encoder.canEncode(line)).as(line).isTrue());
        }
    }

    @Test
    void shouldKeepMadeUpCommunesOutOfTheReferenceFile() {
        List<String> unknown = Resources.lines(Resources.BASE + "communes-inconnues.txt");
        List<String> real = Resources.rawLines(Geography.COMMUNES).stream()
                .map(l -> GeneratedSample.key(Resources.fields(l)[1])).toList();

        assertThat(unknown).allSatisfy(name -> assertThat(real).doesNotContain(GeneratedSample.key(name)));
    }
}
