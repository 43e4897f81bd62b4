package stockassistant.application.ingest;

/** What an import tells its user as it goes; called from the writer lanes too. */
public interface IngestProgress {
  /** One line for the user: a bad row, a refused part, a file left out. */
  void message(String line);

  /** Rows of the current input committed so far: what a crash now would keep. */
  void stored(long rows);
}
