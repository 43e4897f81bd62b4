package stockassistant.adapters.web.tushare.client;

/** A call that may work when tried again: HTTP 5xx, a reset connection, a timeout. */
final class TransientFailure extends RuntimeException {
  TransientFailure(String message) {
    super(message, null, false, false);
  }
}
