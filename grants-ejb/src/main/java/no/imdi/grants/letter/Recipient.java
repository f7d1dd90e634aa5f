package no.imdi.grants.letter;

import java.util.List;

/**
 * The municipality a letter goes to: its name as it is addressed (*Oslo kommune*), its four-digit
 * municipality number and the address lines under the name (for example the refugee office).
 */
public record Recipient(String name, String municipalityNumber, List<String> addressLines) {

  public Recipient {
    Letterhead.requireText(name, "recipient");
    if (municipalityNumber == null || !municipalityNumber.matches("\\d{4}")) {
      throw new IllegalArgumentException(
          "A municipality number has four digits, not " + municipalityNumber);
    }
    addressLines = List.copyOf(addressLines);
  }
}
