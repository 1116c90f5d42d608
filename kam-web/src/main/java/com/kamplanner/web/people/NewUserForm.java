package com.kamplanner.web.people;

import com.kamplanner.people.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The fields of the "add a user" form, validated at the boundary before the service sees them. */
public class NewUserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "[a-z0-9._-]{3,40}", message = "{user.username.pattern}")
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 120, message = "{user.displayName.size}")
    private String displayName;

    @Email(message = "{user.email.invalid}")
    private String email;

    @NotBlank(message = "{user.password.required}")
    @Size(min = 8, max = 200, message = "{user.password.size}")
    private String password;

    @NotEmpty(message = "{user.roles.required}")
    private List<Role> roles = new ArrayList<>();

    private boolean external;

    void clear() {
        username = null;
        displayName = null;
        email = null;
        password = null;
        roles = new ArrayList<>();
        external = false;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public boolean isExternal() {
        return external;
    }

    public void setExternal(boolean external) {
        this.external = external;
    }
}
