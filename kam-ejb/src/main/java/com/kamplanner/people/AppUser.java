package com.kamplanner.people;

import com.kamplanner.platform.FreeText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who logs in. The password hash is the only secret kept, in the PBKDF2 format of Jakarta Security;
 * the roles are the groups the identity store hands to the container.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "select u from AppUser u where u.username = :username")
@NamedQuery(name = AppUser.ALL, query = "select u from AppUser u order by u.displayName")
@NamedQuery(name = AppUser.COUNT_ACTIVE_WITH_ROLE,
        query = "select count(u) from AppUser u join u.roles r where r = :role and u.enabled = true")
public class AppUser implements java.io.Serializable {

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String ALL = "AppUser.all";
    public static final String COUNT_ACTIVE_WITH_ROLE = "AppUser.countActiveWithRole";

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "[a-z0-9._-]{3,40}", message = "{user.username.pattern}")
    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 120, message = "{user.displayName.size}")
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Email(message = "{user.email.invalid}")
    @Size(max = 200)
    @Column(length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    /** A team member from outside the company (a partner, a consultant): sees only what is granted. */
    @Column(nullable = false)
    private boolean external;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** {@code en} or {@code fr}: the language of the pages at login, of the API and of notifications; null until the first login. */
    @Pattern(regexp = "en|fr")
    @Column(length = 2)
    private String language;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        setRoles(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
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
        this.email = FreeText.orNull(email);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isExternal() {
        return external;
    }

    public void setExternal(boolean external) {
        this.external = external;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getLanguage() {
        return language;
    }

    /**
     * The language what reaches them without a request is written in (notifications, e-mails, the calendar feed):
     * the stored one, English until their first login stores one.
     */
    public Locale storedLocale() {
        return language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    /** Stores {@code en} or {@code fr}; see {@link UserService#chooseLanguage}. */
    void setLanguage(String language) {
        this.language = language;
    }

    public long getVersion() {
        return version;
    }
}
