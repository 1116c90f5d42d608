package com.kamplanner.web.people;

import com.kamplanner.audit.AuditEntry;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.people.UserService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code admin/users.xhtml}: the list of users, a form to add one, and the edit dialog. The rules (last
 * administrator, unique names, password length, stale edits) are the service's; this bean holds page state.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int AUDIT_LINES = 25;

    @Inject
    UserService users;

    @Inject
    AuditTrail audit;

    @Inject
    PageMessages messages;

    private List<AppUser> all;
    private List<AuditEntry> recentChanges;
    private final NewUserForm newUser = new NewUserForm();
    private AppUser selected;
    private String newPassword;

    @PostConstruct
    void load() {
        all = users.list();
        recentChanges = audit.latest(AUDIT_LINES);
    }

    public void create() {
        AppUser created = users.create(newUser.getUsername(), newUser.getDisplayName(), newUser.getEmail(),
                newUser.getPassword(), Set.copyOf(newUser.getRoles()), newUser.isExternal());
        messages.info("users.created", created.getUsername());
        newUser.clear();
        load();
    }

    public void edit(AppUser user) {
        selected = users.find(user.getId());
        newPassword = null;
    }

    public void save() {
        AppUser saved = users.update(selected);
        messages.info("users.saved", saved.getUsername());
        selected = null;
        load();
    }

    public void resetPassword() {
        users.resetPassword(selected.getId(), newPassword);
        messages.info("users.passwordReset", selected.getUsername());
        newPassword = null;
        load();
    }

    public void delete(AppUser user) {
        users.delete(user.getId(), user.getVersion());
        messages.info("users.deleted", user.getUsername());
        load();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Role> getSelectedRoles() {
        return selected == null ? List.of() : List.copyOf(selected.getRoles());
    }

    public void setSelectedRoles(List<Role> roles) {
        if (selected != null) {
            selected.setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        }
    }

    public List<AppUser> getAll() {
        return all;
    }

    public List<AuditEntry> getRecentChanges() {
        return recentChanges;
    }

    public NewUserForm getNewUser() {
        return newUser;
    }

    public AppUser getSelected() {
        return selected;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
