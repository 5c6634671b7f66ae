package fr.raccrochage.sample;

/** A noisy copy of a person's record: what to write, where, and the noise tags for the truth file. */
record Duplicate(Person person, OutputFile file, RenderFlags flags, String tags) {
}
