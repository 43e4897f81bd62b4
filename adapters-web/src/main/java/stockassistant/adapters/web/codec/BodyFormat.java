package stockassistant.adapters.web.codec;

/** How a request body is encoded. */
public enum BodyFormat {
  JSON,
  CSV
}
