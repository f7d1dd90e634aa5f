package no.imdi.grants.payment;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.integrationgrant.InstalmentTerm;

/**
 * Splits one owed amount between the municipalities a person lived in during a period (R-IG-6, pro
 * rata by days, the setting's default and its only rule so far): each municipality's part is the
 * amount times its days over the period's days, rounded half up to whole kroner, the last
 * municipality in time taking the rest, so that the parts add up exactly. For a single move in a
 * calendar year this gives the existing split of {@code MoveSplitter} to the krone. A municipality
 * that the person moved to is first owed its part in the instalment whose basis date is the first
 * on or after the move (never earlier than the amount itself is due).
 */
record LineSplit(String municipality, long amountOre, int days, int totalDays, LocalDate due) {

  static LineSplit[] split(long amountOre, List<Residence.Stay> stays, LocalDate due) {
    int[] days = new int[stays.size()];
    int total = 0;
    for (int i = 0; i < days.length; i++) {
      days[i] = stays.get(i).days();
      total += days[i];
    }
    long[] parts = Ore.byDays(amountOre, days);
    LineSplit[] splits = new LineSplit[days.length];
    for (int i = 0; i < days.length; i++) {
      Residence.Stay stay = stays.get(i);
      LocalDate first =
          InstalmentTerm.firstOnOrAfter(stay.firstDay()).basisDate(stay.firstDay().getYear());
      LocalDate owedFrom = first.isAfter(due) ? first : due;
      splits[i] = new LineSplit(stay.municipality(), parts[i], days[i], total, owedFrom);
    }
    return splits;
  }
}
