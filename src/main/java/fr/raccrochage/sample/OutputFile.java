package fr.raccrochage.sample;

/** The two SIEI files of the sample. */
enum OutputFile {
    EN(SieiSampleGenerator.EN_FILE), CFA(SieiSampleGenerator.CFA_FILE);

    final String fileName;

    OutputFile(String fileName) {
        this.fileName = fileName;
    }

    OutputFile other() {
        return this == EN ? CFA : EN;
    }
}
