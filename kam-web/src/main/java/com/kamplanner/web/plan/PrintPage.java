package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanContent;
import com.kamplanner.plan.PlanService;
import com.kamplanner.plan.PlanVersion;
import com.kamplanner.plan.VersionStatus;
import com.kamplanner.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code plan/print.xhtml?account=&n=}: one version on a page without menus, laid out for paper. */
@Named
@RequestScoped
public class PrintPage {

    @Inject
    PlanService plans;

    private Long account;
    private Integer n;
    private PlanContent content;

    public void load() {
        if (account == null) {
            throw new NotFoundException();
        }
        int number = n != null ? n : plans.current(account).map(PlanVersion::getNumber)
                .orElseThrow(NotFoundException::new);
        content = plans.content(account, number);
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public Integer getN() {
        return n;
    }

    public void setN(Integer n) {
        this.n = n;
    }

    /** An approved version (or one an approved successor replaced) prints clean; every other one carries a mark. */
    public boolean isApproved() {
        VersionStatus status = VersionStatus.valueOf(content.getStatus());
        return status == VersionStatus.APPROVED || status == VersionStatus.SUPERSEDED;
    }

    public PlanContent getContent() {
        return content;
    }
}
