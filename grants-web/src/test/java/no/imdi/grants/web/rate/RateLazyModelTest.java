package no.imdi.grants.web.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateFilter;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;

class RateLazyModelTest {

  @Test
  void columnFiltersBecomeTheServicesFilter() {
    assertThat(
            RateLazyModel.filter(
                Map.of(
                    "CODE", meta("CODE", "T2-SAERSKILT"),
                    "YEAR", meta("YEAR", " 2023 "),
                    "VERIFIED", meta("VERIFIED", "false"))))
        .isEqualTo(new RateFilter(RateCode.T2_SPECIAL_HOUSING, 2023, false));
  }

  @Test
  void blankOrUnreadableFiltersDoNotFilter() {
    assertThat(
            RateLazyModel.filter(
                Map.of(
                    "CODE", meta("CODE", "T2_SPECIAL_HOUSING"),
                    "YEAR", meta("YEAR", "20"),
                    "VERIFIED", meta("VERIFIED", " "))))
        .isEqualTo(RateFilter.NONE);
    assertThat(RateLazyModel.filter(Map.of())).isEqualTo(RateFilter.NONE);
  }

  private static FilterMeta meta(String field, Object value) {
    return FilterMeta.builder().field(field).filterValue(value).build();
  }
}
