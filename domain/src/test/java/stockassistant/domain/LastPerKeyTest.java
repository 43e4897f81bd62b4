package stockassistant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LastPerKeyTest {

  record Item(String key, int value) {}

  @Test
  void lastDuplicateWinsInFirstSeenOrder() {
    var batch = List.of(new Item("a", 1), new Item("b", 2), new Item("a", 3));
    assertThat(LastPerKey.of(batch, Item::key)).containsExactly(new Item("a", 3), new Item("b", 2));
  }

  @Test
  void returnsTheSameListWhenThereAreNoDuplicates() {
    var batch = List.of(new Item("a", 1), new Item("b", 2));
    assertThat(LastPerKey.of(batch, Item::key)).isSameAs(batch);
  }
}
