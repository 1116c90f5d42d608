package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanComparison;
import com.kamplanner.plan.PlanService;
import com.kamplanner.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code plan/compare.xhtml?account=&a=&b=}: what changed from version a to version b of a plan. */
@Named
@RequestScoped
public class ComparePage {

    @Inject
    PlanService plans;

    private Long account;
    private Integer a;
    private Integer b;
    private PlanComparison comparison;
    private String accountName;

    public void load() {
        if (account == null || a == null || b == null) {
            throw new NotFoundException();
        }
        int older = Math.min(a, b);
        int newer = Math.max(a, b);
        a = older;
        b = newer;
        comparison = plans.compare(account, older, newer);
        accountName = plans.content(account, newer).getAccountName();
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public Integer getA() {
        return a;
    }

    public void setA(Integer a) {
        this.a = a;
    }

    public Integer getB() {
        return b;
    }

    public void setB(Integer b) {
        this.b = b;
    }

    public PlanComparison getComparison() {
        return comparison;
    }

    public String getAccountName() {
        return accountName;
    }
}
