package stockassistant.adapters.web.tushare.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page as the upstream sent it: {@code code} 0 with fields and items, or a non-zero code
 * and its message. {@code hasMore} is null when the answer did not say.
 */
record UpstreamAnswer(int code, String message, List<String> fields, JsonNode items,
    Boolean hasMore) {

  int size() {
    return items == null ? 0 : items.size();
  }
}
