package com.kamplanner.web.navigation;

import com.kamplanner.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The menu as the caller sees it on this request ({@code #{navigation.groups}}), and where the page being shown
 * sits in it, so the layout marks the current item ({@code aria-current="page"}) and its group.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    Caller caller;

    private List<MenuGroup> groups;
    private String viewId;

    public List<MenuGroup> getGroups() {
        if (groups == null) {
            groups = Menu.shownTo(caller);
        }
        return groups;
    }

    public boolean isCurrent(MenuItem item) {
        return item.viewId().equals(viewId());
    }

    public boolean isCurrentGroup(MenuGroup group) {
        return Menu.groupOf(viewId()).map(g -> g.id().equals(group.id())).orElse(false);
    }

    private String viewId() {
        if (viewId == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            viewId = Optional.ofNullable(faces).map(FacesContext::getViewRoot).map(v -> v.getViewId()).orElse("");
        }
        return viewId;
    }
}
