package no.imdi.grants.letter;

import java.util.List;

/**
 * What a template sees: only strings, booleans and lists of them, already formatted the way
 * caseworkers write (dates {@code 13.10.2023}, amounts {@code 1 520 000 kr}). The templates escape
 * every value; nothing here is markup.
 *
 * @param content the view of the letter's {@link LetterContent}, one of the records below
 * @param complaint the complaint section of an individual decision (R-AP-2), or {@code null}
 * @param noComplaintRight whether the letter says there is no complaint right (R-AP-1)
 */
record LetterView(
    String title,
    String heading,
    String senderName,
    String senderShortName,
    String postalAddress,
    String visitingAddress,
    String senderEmail,
    String recipientName,
    List<String> recipientLines,
    String caseNumber,
    String letterDate,
    String ourReference,
    String yourReference,
    String person,
    String grantKind,
    String grantYear,
    String period,
    String received,
    Object content,
    ComplaintView complaint,
    boolean noComplaintRight,
    String preparer,
    String approver,
    boolean singleSignatory) {

  record ReasonView(String rule, String text) {}

  record FactView(String what, String date) {}

  record MeasureView(String measure, String applied, String approved) {}

  record InstalmentView(String basisDate, String payout, String amount) {}

  record PayoutView(List<InstalmentView> instalments, String explanation) {}

  record ReportView(String due, String explanation) {}

  record GrantView(
      boolean partly,
      List<MeasureView> measures,
      String applied,
      String approved,
      String granted,
      boolean hasReasons,
      List<ReasonView> reasons,
      PayoutView payout,
      ReportView report) {}

  record RefusalView(List<ReasonView> reasons) {}

  record DismissalView(
      ReasonView rule, List<FactView> facts, boolean hasReasons, List<ReasonView> reasons) {}

  record ExtensionView(
      boolean accepted,
      String originalDeadline,
      String newDeadline,
      boolean hasReasons,
      List<ReasonView> reasons) {}

  record ConversionView(
      boolean accepted,
      String t1Paid,
      String t2Granted,
      String toPay,
      GrantView grant,
      List<ReasonView> reasons) {}

  record ComplaintView(String noticeDate, String deadline, String explanation) {}

  record ReportedMeasureView(String measure, String granted, String actual, boolean counted) {}

  record AccountsOutcomeView(
      List<ReportedMeasureView> measures,
      String granted,
      String reported,
      String eligible,
      String recovery,
      boolean recovers,
      boolean fullRecovery,
      boolean claim,
      String claimedOverrun,
      List<ReasonView> reasons,
      String instalmentBasis,
      String instalmentPayout) {}

  record ComplaintLetterView(
      String decidedOn,
      String complaintSent,
      boolean late,
      boolean hasReasons,
      List<ReasonView> reasons,
      boolean hasText,
      String text,
      boolean hasExpected,
      String expectedBy,
      boolean dismissed,
      boolean upheld,
      boolean changed,
      boolean annulled,
      String municipality) {}
}
