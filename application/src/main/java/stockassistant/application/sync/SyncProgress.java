package stockassistant.application.sync;

/** Told how a run goes; drivers render it (a bar on a terminal, a line every few seconds, logs). */
public interface SyncProgress {
  SyncProgress SILENT = new SyncProgress() {
    @Override
    public void update(SyncCounters counters) {}

    @Override
    public void note(String message) {}
  };

  /** After each step (a day stored, a batch of stocks or reports). */
  void update(SyncCounters counters);

  /** Something a person should read (a day not published yet, a limit reached). */
  void note(String message);
}
