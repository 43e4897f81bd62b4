package stockassistant.domain;

/** The write contradicts data already stored (e.g. a symbol already used by another code). */
public class DataConflict extends RuntimeException {
  public DataConflict(String message) {
    super(message, null, false, false);
  }
}
