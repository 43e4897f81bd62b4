package stockassistant.application.sync;

/** Another sync (in this process or another one on the same database) is running. */
public final class SyncBusy extends RuntimeException {
  public SyncBusy() {
    super("another sync is running on this database; try again when it has finished", null,
        false, false);
  }
}
