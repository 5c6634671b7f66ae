package fr.raccrochage.core.commune;

import java.time.LocalDate;

/**
 * One line of INSEE's history of communes (the COG's {@code v_mvt_commune} file): on {@code date},
 * the entry {@code codeBefore} ({@code typeBefore}: COM, COMD, COMA, ARM) became {@code codeAfter}.
 *
 * @param mod INSEE's code of the change: 10 rename, 20 creation, 21 re-establishment, 30 suppression,
 *            31 fusion simple, 32 commune nouvelle, 33 fusion-association, 34 fusion-association turned
 *            fusion simple, 41 and 50 change of code, 70 associée turned déléguée…
 */
public record CommuneMovement(int mod, LocalDate date, String typeBefore, String codeBefore, String nameBefore,
        String typeAfter, String codeAfter, String nameAfter) {

    /**
     * Whether the line says where a code that disappeared went: a commune (or a former commune) taken
     * into another commune, or renumbered. Creations and re-establishments name the commune that gave
     * territory, not a successor.
     */
    public boolean leadsElsewhere() {
        return mod != 20 && mod != 21 && "COM".equals(typeAfter) && !codeBefore.equals(codeAfter);
    }
}
