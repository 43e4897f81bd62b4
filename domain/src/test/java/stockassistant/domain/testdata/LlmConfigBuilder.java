package stockassistant.domain.testdata;

import java.util.List;
import stockassistant.domain.llm.ApiKey;
import stockassistant.domain.llm.LlmConfig;

/** Starts from a valid config; change only what the test is about. */
public final class LlmConfigBuilder {
  private String alias = "deepseek-main";
  private String apiKey = "sk-test-1234567890abcdef";
  private Integer priority = 1;
  private Boolean active = true;
  private List<String> tags = List.of("chat", "cheap");

  private LlmConfigBuilder() {}

  public static LlmConfigBuilder anLlmConfig() {
    return new LlmConfigBuilder();
  }

  public LlmConfigBuilder alias(String alias) {
    this.alias = alias;
    return this;
  }

  public LlmConfigBuilder apiKey(String apiKey) {
    this.apiKey = apiKey;
    return this;
  }

  public LlmConfigBuilder priority(Integer priority) {
    this.priority = priority;
    return this;
  }

  public LlmConfigBuilder active(Boolean active) {
    this.active = active;
    return this;
  }

  public LlmConfigBuilder tags(List<String> tags) {
    this.tags = tags;
    return this;
  }

  public LlmConfig build() {
    return new LlmConfig(alias, "deepseek", "openai", "deepseek-chat", new ApiKey(apiKey),
        "https://api.deepseek.com/v1", "default chat model", priority, tags, active, null, null);
  }
}
