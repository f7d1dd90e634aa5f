package no.imdi.grants.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The time from submission to decision of the applications decided in a month, in calendar days
 * (Oslo time): how many, the median and the 90th percentile (continuous percentiles, one decimal).
 */
public record ProcessingTime(
    YearMonth month, long decided, BigDecimal medianDays, BigDecimal p90Days)
    implements Serializable {}
