package fr.raccrochage.identity;

/** A SIEI record's place (file, line), its wave and, when already linked, its person (0 otherwise). */
record StoredRecord(long fileId, String fileName, int line, String waveId, long personId, Candidate candidate) {
}
