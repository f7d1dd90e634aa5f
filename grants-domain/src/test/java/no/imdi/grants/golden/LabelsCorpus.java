package no.imdi.grants.golden;

import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.disability.documentation.HealthEvidence;
import no.imdi.grants.disability.documentation.NotToAttach;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.integrationgrant.MoveSplitRule;
import no.imdi.grants.integrationgrant.Share;
import no.imdi.grants.settlement.UdiHousing;

/**
 * The names in both languages of the kinds that explanations and pages mention: households
 * (R-IG-4), UDI's housing (R-T2-3), shares and payouts of instalments (R-IG-5), the split rule of a
 * move (R-IG-6), time categories (R-COST-2), kinds of health documentation (R-DOC-2) and what not
 * to attach (R-DOC-8).
 */
final class LabelsCorpus {

  private LabelsCorpus() {}

  static void write(CorpusWriter w) {
    w.heading("labels");
    for (Household h : Household.values()) {
      w.line("Household." + h + " " + h.norwegian() + " | " + h.english());
    }
    for (UdiHousing u : UdiHousing.values()) {
      w.line("UdiHousing." + u + " " + u.norwegian() + " | " + u.english());
    }
    for (Share s : Share.values()) {
      w.line("Share." + s + " " + s.norwegian() + " | " + s.english());
    }
    for (InstalmentTerm t : InstalmentTerm.values()) {
      w.line("InstalmentTerm." + t + " " + t.payoutNorwegian(2024) + " | " + t.payoutEnglish(2024));
    }
    for (MoveSplitRule m : MoveSplitRule.values()) {
      w.line("MoveSplitRule." + m + " " + m.norwegian() + " | " + m.english());
    }
    for (TimeCategory c : TimeCategory.values()) {
      w.line("TimeCategory." + c + " " + c.norwegian() + " | " + c.english());
    }
    for (HealthEvidence e : HealthEvidence.values()) {
      w.line("HealthEvidence." + e + " " + e.norwegian() + " | " + e.english());
    }
    for (NotToAttach n : NotToAttach.values()) {
      w.line("NotToAttach." + n + " " + n.norwegian() + " | " + n.english());
    }
  }
}
