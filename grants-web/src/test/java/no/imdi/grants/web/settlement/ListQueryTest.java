package no.imdi.grants.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.imdi.grants.settlement.SettlementFilter;
import no.imdi.grants.settlement.SettlementSort;
import no.imdi.grants.settlement.TargetGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settlements list's address: what it keeps, what it leaves out, and what it refuses. */
class ListQueryTest {

  @Test
  void theDefaultListHasAnAddressWithoutParameters() {
    assertThat(ListQuery.DEFAULT.queryString()).isEmpty();
    assertThat(ListQuery.parse(Map.of())).isEqualTo(ListQuery.DEFAULT);
  }

  @Test
  void aListComesBackFromItsAddressAsItWas() {
    ListQuery list =
        ListQuery.of(
            new SettlementFilter("4601", "Abdullahi, Yusuf", "0101", 2023, TargetGroup.REFUGEE),
            SettlementSort.SETTLEMENT_DATE,
            true,
            50,
            25);
    String query = list.queryString();
    assertThat(query)
        .isEqualTo(
            "?name=Abdullahi%2C+Yusuf&municipality=4601&idPrefix=0101&year=2023"
                + "&targetGroup=REFUGEE&sort=settlementDate&order=desc&first=50");
    assertThat(ListQuery.parse(parameters(query))).isEqualTo(list);
  }

  @ParameterizedTest
  @CsvSource({
    "year, 1899",
    "year, 2023x",
    "municipality, 301",
    "municipality, abcd",
    "idPrefix, 12a",
    "targetGroup, NOBODY",
    "sort, familyName",
    "first, -25",
    "first, 99999999999",
    "rows, 7"
  })
  void aValueThatMakesNoSenseIsLeftOutAsIfNotGiven(String name, String value) {
    assertThat(ListQuery.parse(Map.of(name, value))).isEqualTo(ListQuery.DEFAULT);
  }

  @Test
  void thePageStartsOnAWholePageAndAnOrderNeedsASortField() {
    ListQuery list = ListQuery.parse(Map.of("first", "37", "rows", "10", "order", "desc"));
    assertThat(list.first()).isEqualTo(30);
    assertThat(list.rows()).isEqualTo(10);
    assertThat(list.descending()).isFalse();
    assertThat(list.queryString()).isEqualTo("?first=30&rows=10");
  }

  @Test
  void aLongNameIsCutAndBlanksAreNoFilter() {
    assertThat(ListQuery.parse(Map.of("name", "x".repeat(300))).name()).hasSize(100);
    assertThat(ListQuery.parse(Map.of("name", "   ")).name()).isNull();
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> params = new java.util.HashMap<>();
    for (String pair : query.substring(1).split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
    }
    return params;
  }
}
