package no.imdi.grants.payment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a settled person has lived (R-IG-6): the municipality of settlement and the moves in date
 * order, each to a municipality from its move date on. A move dated after the instalment basis the
 * owed amounts are computed for is not yet known to that instalment and is left out ({@link
 * #knownOn}). The days of a period are counted per municipality in the order they were first lived
 * in: the moving day belongs to the new municipality, as in the existing R-IG-6 split.
 */
public record Residence(String settledIn, List<Move> moves) {

  /** A move to a municipality, from the move date on. */
  public record Move(LocalDate date, String to) {
    public Move {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(to, "to");
    }
  }

  /** The days of a period one municipality had the person, and the first of them. */
  public record Stay(String municipality, int days, LocalDate firstDay) {}

  public Residence {
    Objects.requireNonNull(settledIn, "settledIn");
    moves = moves.stream().sorted(Comparator.comparing(Move::date)).toList();
  }

  public static Residence in(String municipality) {
    return new Residence(municipality, List.of());
  }

  /** The moves dated on or before the day (what an instalment with that basis date knows). */
  public Residence knownOn(LocalDate day) {
    if (moves.isEmpty() || !moves.get(moves.size() - 1).date().isAfter(day)) {
      return this;
    }
    return new Residence(settledIn, moves.stream().filter(m -> !m.date().isAfter(day)).toList());
  }

  public boolean moved() {
    return !moves.isEmpty();
  }

  public String municipalityOn(LocalDate day) {
    String here = settledIn;
    for (Move move : moves) {
      if (move.date().isAfter(day)) {
        break;
      }
      here = move.to();
    }
    return here;
  }

  /** The days from {@code first} to {@code last} (both included) per municipality, in order. */
  public List<Stay> stays(LocalDate first, LocalDate last) {
    Map<String, int[]> days = new LinkedHashMap<>();
    Map<String, LocalDate> firstDays = new LinkedHashMap<>();
    LocalDate from = first;
    String here = municipalityOn(first);
    for (Move move : moves) {
      if (!move.date().isAfter(first)) {
        continue;
      }
      if (move.date().isAfter(last)) {
        break;
      }
      add(days, firstDays, here, from, move.date().minusDays(1));
      from = move.date();
      here = move.to();
    }
    add(days, firstDays, here, from, last);
    List<Stay> stays = new ArrayList<>(days.size());
    days.forEach((m, d) -> stays.add(new Stay(m, d[0], firstDays.get(m))));
    return stays;
  }

  private static void add(
      Map<String, int[]> days,
      Map<String, LocalDate> firstDays,
      String municipality,
      LocalDate from,
      LocalDate to) {
    int count = (int) ChronoUnit.DAYS.between(from, to) + 1;
    if (count <= 0) {
      return;
    }
    days.computeIfAbsent(municipality, m -> new int[1])[0] += count;
    firstDays.putIfAbsent(municipality, from);
  }
}
