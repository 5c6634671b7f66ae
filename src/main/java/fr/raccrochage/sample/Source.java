package fr.raccrochage.sample;

/** Who reported the young person: the SOURCE column. EN goes to the EN file, AGRI and CFA to the CFA file. */
enum Source {
    EN, AGRI, CFA;

    OutputFile file() {
        return this == EN ? OutputFile.EN : OutputFile.CFA;
    }
}
