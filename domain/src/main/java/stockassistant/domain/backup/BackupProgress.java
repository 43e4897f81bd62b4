package stockassistant.domain.backup;

/** Told how far a backup, check or restore has come, in bytes of table data. */
public interface BackupProgress {
  BackupProgress NONE = new BackupProgress() {
    @Override
    public void begin(String task, long totalBytes) {}

    @Override
    public void advance(long bytes) {}

    @Override
    public void end() {}
  };

  /** A task starts; {@code totalBytes} is an estimate (the bar may end short of it or past it). */
  void begin(String task, long totalBytes);

  /** {@code bytes} more were handled; may be called from several threads. */
  void advance(long bytes);

  void end();
}
