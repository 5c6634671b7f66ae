package fr.raccrochage.core.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

/**
 * The young person's identity fields as every stage names them: INE, last name, first names (as
 * written, possibly several), birth date and sex ("M"/"F"), any of them possibly missing. Stages keep
 * their own records for what is theirs (a SIEI line's schooling, a case's numbers, a partner's
 * residence) and compose this one for who the young person is.
 */
public record IdentityFields(String ine, String lastName, String firstNames, LocalDate birthDate, String sex) {

    /** The columns a {@code siei_enregistrement} row names them by. */
    public static final String COLUMNS = "ine, nom, prenom, date_naissance, sexe";

    /** {@link #COLUMNS} qualified by a table alias, for a query that joins another table naming them too. */
    public static String columns(String alias) {
        return alias + ".ine, " + alias + ".nom, " + alias + ".prenom, " + alias + ".date_naissance, " + alias + ".sexe";
    }

    /** Reads the identity of the current row; the query selects {@link #COLUMNS} (qualified or not). */
    public static IdentityFields of(ResultSet rs) throws SQLException {
        return new IdentityFields(rs.getString("ine"), rs.getString("nom"), rs.getString("prenom"),
                rs.getObject("date_naissance", LocalDate.class), rs.getString("sexe"));
    }

    /** Age in whole years on a day, when the birth date is known. */
    public OptionalInt ageOn(LocalDate day) {
        return birthDate == null ? OptionalInt.empty() : OptionalInt.of(Period.between(birthDate, day).getYears());
    }
}
