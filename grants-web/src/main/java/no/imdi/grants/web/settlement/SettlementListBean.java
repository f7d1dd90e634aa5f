package no.imdi.grants.web.settlement;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.municipality.MunicipalityDirectory;
import no.imdi.grants.settlement.NoticeService;
import no.imdi.grants.settlement.NoticeView;
import no.imdi.grants.settlement.SettlementService;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.web.security.SessionUser;
import no.imdi.grants.web.shared.Pages;

/** The settlements list page: a lazy table filtered, sorted and paged by the service. */
@Named
@ViewScoped
public class SettlementListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SettlementService service;
  @EJB private MunicipalityDirectory municipalityDirectory;
  @Inject private SessionUser sessionUser;
  @EJB private NoticeService noticeService;

  private SettlementLazyModel model;
  private List<Municipality> municipalities;
  private List<NoticeView> notices;

  /** The list is for the roles that see persons; the ministry and the administrator get 403. */
  public void checkAccess() {
    if (!sessionUser.isSeesSettlements()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  /** The municipality's notices (moves in and out, IMDi's corrections); none for IMDi's roles. */
  public List<NoticeView> getNotices() {
    if (notices == null) {
      notices = sessionUser.isMunicipalityUser() ? noticeService.recent() : List.of();
    }
    return notices;
  }

  public SettlementLazyModel getModel() {
    if (model == null) {
      model = new SettlementLazyModel(() -> service);
    }
    return model;
  }

  public List<Municipality> getMunicipalities() {
    if (municipalities == null) {
      municipalities = municipalityDirectory.all();
    }
    return municipalities;
  }

  public TargetGroup[] getTargetGroups() {
    return TargetGroup.values();
  }
}
