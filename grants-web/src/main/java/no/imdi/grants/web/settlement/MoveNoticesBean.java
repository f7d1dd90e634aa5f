package no.imdi.grants.web.settlement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.imdi.grants.settlement.NoticeService;
import no.imdi.grants.settlement.NoticeView;
import no.imdi.grants.web.security.SessionUser;

/**
 * The municipality's recent notices (moves in and out, IMDi's corrections), shown where a
 * municipality user starts (the overview) and on the settlements list; none for other roles.
 */
@Named("moveNotices")
@RequestScoped
public class MoveNoticesBean {

  @EJB private NoticeService noticeService;
  @Inject private SessionUser sessionUser;

  private List<NoticeView> recent;

  public List<NoticeView> getRecent() {
    if (recent == null) {
      recent = sessionUser.isMunicipalityUser() ? noticeService.recent() : List.of();
    }
    return recent;
  }
}
