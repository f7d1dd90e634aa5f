package no.imdi.grants.demo;

import java.util.List;
import java.util.Random;

/** Plausible names for synthetic persons, drawn from the countries most refugees came from. */
final class DemoNames {

  private static final List<String> FEMALE =
      List.of(
          "Amina",
          "Fatima",
          "Olena",
          "Iryna",
          "Nour",
          "Hiba",
          "Sara",
          "Mariam",
          "Yasmin",
          "Tatiana",
          "Natalia",
          "Zahra",
          "Hawa",
          "Saba",
          "Lina",
          "Rahel",
          "Aisha",
          "Oksana",
          "Layla",
          "Ruta",
          "Selam",
          "Huda",
          "Khadija",
          "Anastasia",
          "Maryam",
          "Dunia");
  private static final List<String> MALE =
      List.of(
          "Ahmad",
          "Mohammed",
          "Omar",
          "Yusuf",
          "Dmytro",
          "Andrii",
          "Oleksandr",
          "Ali",
          "Hassan",
          "Abdi",
          "Tesfay",
          "Samir",
          "Karim",
          "Mustafa",
          "Ibrahim",
          "Serhii",
          "Bilal",
          "Yonas",
          "Mahmoud",
          "Rami",
          "Daniel",
          "Abdullah",
          "Mykola",
          "Khalid",
          "Faris",
          "Elias");
  private static final List<String> FAMILY =
      List.of(
          "Al-Hassan",
          "Haddad",
          "Kovalenko",
          "Shevchenko",
          "Bondarenko",
          "Tkachenko",
          "Ahmadi",
          "Rahimi",
          "Hussaini",
          "Mohammadi",
          "Osman",
          "Abdullahi",
          "Warsame",
          "Tesfamariam",
          "Gebremedhin",
          "Haile",
          "Kuznetsova",
          "Melnyk",
          "Khalil",
          "Nasser",
          "Saleh",
          "Yousef",
          "Karimi",
          "Hashemi",
          "Mahmoud",
          "Ali",
          "Farah",
          "Jama",
          "Bakr",
          "Petrenko",
          "Savchenko",
          "Ibrahim",
          "Darwish",
          "Mansour",
          "Qasim",
          "Sultani",
          "Noori",
          "Habibi",
          "Kebede");

  private DemoNames() {}

  static String given(Random random, boolean female) {
    List<String> names = female ? FEMALE : MALE;
    return names.get(random.nextInt(names.size()));
  }

  static String family(Random random) {
    return FAMILY.get(random.nextInt(FAMILY.size()));
  }
}
